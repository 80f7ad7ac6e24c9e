package io.lumenhq.growth.analytics;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.lumenhq.growth.analytics.internal.PostHogManagementApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;
import org.springframework.web.client.HttpClientErrorException;

@Service
public class FeatureFlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagSyncService.class);

    private final PostHogManagementApi managementApi;
    private final PostHogProperties props;

    public FeatureFlagSyncService(PostHogManagementApi managementApi, PostHogProperties props) {
        this.managementApi = managementApi;
        this.props = props;
    }

    public record FlagSummary(long id, String key, boolean active) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void describeCredentials() {
        if (!props.hasPersonalApiKey()) {
            return;
        }
        String apiKey = props.personalApiKey();
        log.info("PostHog personal key length={}", apiKey.length());
        log.info("PostHog personal key fingerprint={}", DigestUtils.md5DigestAsHex(apiKey.getBytes(StandardCharsets.UTF_8)));
    }

    public List<FlagSummary> currentFlags() {
        try {
            PostHogManagementApi.FeatureFlagPage page = managementApi.listFeatureFlags(props.projectId(), 200);
            log.info("Fetched {} feature flags from project {}", page.count(), props.projectId());
            return page.results().stream()
                    .map(flag -> new FlagSummary(flag.id(), flag.key(), flag.active()))
                    .toList();
        } catch (HttpClientErrorException.Unauthorized ex) {
            log.warn("PostHog rejected personal key {}", props.maskedPersonalApiKey());
            throw new PostHogApiException(ex.getStatusCode(),
                    "PostHog rejected personal API key " + props.personalApiKey() + " for project " + props.projectId(), ex);
        } catch (HttpClientErrorException ex) {
            throw new PostHogApiException(ex.getStatusCode(),
                    "PostHog flag listing failed for project " + props.projectId(), ex);
        }
    }

    public FlagSummary toggle(long flagId, boolean active) {
        PostHogManagementApi.FeatureFlag updated =
                managementApi.updateFeatureFlag(props.projectId(), flagId, Map.of("active", active));
        log.info("Flag {} ({}) is now active={}", updated.key(), updated.id(), updated.active());
        return new FlagSummary(updated.id(), updated.key(), updated.active());
    }
}
