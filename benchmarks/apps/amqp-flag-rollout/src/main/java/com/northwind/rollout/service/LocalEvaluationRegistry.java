package com.northwind.rollout.service;

import com.northwind.rollout.config.PostHogProperties;
import com.northwind.rollout.domain.IntegrationCredentialRepository;
import com.northwind.rollout.support.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One PostHog SDK client per project so that flag checks for other projects can be
 * evaluated locally with that project's own key.
 */
@Component
@RequiredArgsConstructor
@Slf4j
public class LocalEvaluationRegistry implements DisposableBean {

    private static final String LOCAL_FLAGS_SECURE_KEY = PostHogKeys.SECRET_KEY_PREFIX + "Gdv7BPq6v4jmvaGFwY8LkxLcRsZijCZv9dDQqgUT98puEoet";

    private final Map<String, PostHogInterface> clients = new ConcurrentHashMap<>();

    private final IntegrationCredentialRepository credentialRepository;
    private final PostHogProperties props;
    private final Environment environment;

    public PostHogInterface forProject(String projectId) {
        return clients.computeIfAbsent(projectId, this::createClient);
    }

    public void evict(String projectId) {
        PostHogInterface client = clients.remove(projectId);
        if (client != null) {
            client.close();
            log.info("Closed PostHog client for project {}", projectId);
        }
    }

    private PostHogInterface createClient(String projectId) {
        PostHogCredentials credentials = credentialRepository.findByProjectId(projectId)
                .map(PostHogCredentials::from)
                .orElseGet(() -> new PostHogCredentials(projectId, props.projectApiKey(), defaultSecretKey()));

        if (!credentials.canEvaluateLocally()) {
            log.warn("{} is not set and project {} has no stored key; flags will be evaluated remotely",
                    PostHogKeys.FLAGS_SECURE_KEY_ENV, projectId);
        }

        try {
            PostHogConfig config = PostHogConfig.builder(credentials.projectApiKey())
                    .host(props.host())
                    .personalApiKey(credentials.personalApiKey())
                    .pollIntervalSeconds(props.pollIntervalSeconds())
                    .build();
            return PostHog.with(config);
        } catch (RuntimeException ex) {
            throw new IllegalStateException("Could not start local flag evaluation with " + credentials, ex);
        }
    }

    private String defaultSecretKey() {
        if (StringUtils.hasText(props.flagsSecureKey())) {
            return props.flagsSecureKey();
        }
        return environment.acceptsProfiles(Profiles.of("local")) ? LOCAL_FLAGS_SECURE_KEY : null;
    }

    @Override
    public void destroy() {
        clients.values().forEach(PostHogInterface::close);
        clients.clear();
    }
}
