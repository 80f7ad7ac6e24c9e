package com.tidewaterlabs.flagsync.service;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tidewaterlabs.flagsync.config.PostHogEnvironment;
import com.tidewaterlabs.flagsync.util.KeyMasker;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps one PostHog client per configured environment (production, staging, ...).
 */
@Singleton
public class EnvironmentRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(EnvironmentRegistry.class);

    private final Map<String, PostHogEnvironment> environments = new ConcurrentHashMap<>();
    private final Map<String, PostHogInterface> clients = new ConcurrentHashMap<>();

    public EnvironmentRegistry(List<PostHogEnvironment> configured) {
        for (PostHogEnvironment env : configured) {
            environments.put(env.getName(), env);
            LOG.info("Registered PostHog environment {}", env);
            LOG.debug("Environment {} uses secure flags key {}", env.getName(), KeyMasker.mask(env.getSecretKey()));
        }
    }

    public PostHogEnvironment get(String name) {
        PostHogEnvironment env = environments.get(name);
        if (env == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "Unknown environment " + name);
        }
        return env;
    }

    public PostHogInterface clientFor(String name) {
        return clients.computeIfAbsent(name, n -> {
            PostHogEnvironment env = get(n);
            PostHogConfig config = PostHogConfig.builder(env.getProjectKey())
                    .host(env.getHost())
                    .personalApiKey(env.getProjectKey())
                    .build();
            return PostHog.with(config);
        });
    }

    @PreDestroy
    void shutdown() {
        clients.values().forEach(PostHogInterface::close);
    }
}
