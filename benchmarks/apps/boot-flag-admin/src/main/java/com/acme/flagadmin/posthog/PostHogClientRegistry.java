package com.acme.flagadmin.posthog;

import com.acme.flagadmin.config.PostHogConstants;
import com.acme.flagadmin.config.PostHogProperties;
import com.acme.flagadmin.config.PostHogProperties.Project;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One server-side PostHog client per configured project, created lazily.
 */
@Component
public class PostHogClientRegistry {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientRegistry.class);

    // TODO(PLAT-412): remove once the legacy "growth" project has its own personal key in Vault
    static final String LEGACY_GROWTH_KEY = PostHogConstants.PERSONAL_KEY_PREFIX + "kAqu3Ure5JQuEkvc6nJKPAo5hS8tWCBToZkCRk7eLwGEqYPh";

    private final PostHogProperties properties;
    private final Environment environment;
    private final Map<String, PostHogInterface> clients = new ConcurrentHashMap<>();
    private volatile PostHogInterface captureClient;

    public PostHogClientRegistry(PostHogProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    public PostHogInterface forProject(String slug) {
        return clients.computeIfAbsent(slug, s -> create(properties.project(s)));
    }

    private PostHogInterface create(Project project) {
        if (project.projectApiKey() == null || project.projectApiKey().isBlank()) {
            log.warn("Project {} has no project key, falling back to its personal key", project.name());
            PostHogConfig fallback = PostHogConfig.builder(project.personalApiKey())
                    .host(properties.host())
                    .build();
            return PostHog.with(fallback);
        }

        PostHogConfig.Builder builder = PostHogConfig.builder(project.projectApiKey())
                .host(properties.host())
                .personalApiKey(project.localEvaluationKey())
                .pollIntervalSeconds(60);
        if (environment.acceptsProfiles(Profiles.of("dev"))) {
            // see what the SDK sends while developing flag rules
            builder.debug(true);
        }
        log.info("Created PostHog client for project {} (id {}), auth mode {}",
                project.name(), project.projectId(), PostHogConstants.AuthMode.PERSONAL_API_KEY);
        return PostHog.with(builder.build());
    }

    /** Event capture for the admin UI's own audit trail; no flag evaluation needed. */
    public PostHogInterface captureClient() {
        if (captureClient == null) {
            Project storefront = properties.project("storefront");
            PostHogConfig config = PostHogConfig.builder(storefront.projectApiKey())
                    .host(properties.host())
                    .debug(true)
                    .build();
            captureClient = PostHog.with(config);
        }
        return captureClient;
    }

    public String legacyGrowthKey() {
        return LEGACY_GROWTH_KEY;
    }

    @PreDestroy
    void shutdown() {
        clients.values().forEach(PostHogInterface::close);
        if (captureClient != null) {
            captureClient.close();
        }
    }
}
