package com.northwind.flagconsole.posthog;

import com.northwind.flagconsole.config.PostHogProperties;
import com.posthog.server.PostHogInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

@Service
public class FeatureFlagService {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagService.class);

    private final RestClient posthog;
    private final PostHogProperties props;
    private final PostHogInterface flagPreview;

    public FeatureFlagService(RestClient posthogRestClient, PostHogProperties props,
                              PostHogInterface flagPreviewPostHog) {
        this.posthog = posthogRestClient;
        this.props = props;
        this.flagPreview = flagPreviewPostHog;
    }

    public List<FeatureFlagDto> listFlags() {
        List<FeatureFlagDto> flags = new ArrayList<>();
        String next = "/api/projects/" + props.projectId() + "/feature_flags/?limit=100";
        while (next != null) {
            FeatureFlagPage page = fetchPage(next);
            flags.addAll(page.results());
            next = page.next();
            log.debug("Fetched {} flags, next page token {}", page.results().size(), next);
        }
        log.info("Loaded {} feature flags from project {}", flags.size(), props.projectId());
        return flags.stream().filter(f -> !f.deleted()).toList();
    }

    private FeatureFlagPage fetchPage(String uri) {
        try {
            return posthog.get().uri(uri).retrieve().body(FeatureFlagPage.class);
        } catch (RestClientResponseException e) {
            int status = e.getStatusCode().value();
            throw new PostHogApiException("Listing flags failed with HTTP " + status
                    + " (authenticated with " + props.personalApiKey() + ")", status, e);
        }
    }

    public FeatureFlagDto setActive(FeatureFlagDto flag, boolean active) {
        try {
            FeatureFlagDto updated = posthog.patch()
                    .uri("/api/projects/{projectId}/feature_flags/{id}/", props.projectId(), flag.id())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("active", active))
                    .retrieve()
                    .body(FeatureFlagDto.class);
            log.info("Flag {} is now active={}", flag.key(), active);
            return updated;
        } catch (RestClientResponseException e) {
            int status = e.getStatusCode().value();
            log.warn("PATCH for flag {} rejected: {}", flag.key(), e.getResponseBodyAsString());
            throw new PostHogApiException("Could not update flag " + flag.key() + " (HTTP " + status + ")", status, e);
        }
    }

    public boolean previewFor(String distinctId, FeatureFlagDto flag) {
        return flagPreview.isFeatureEnabled(distinctId, flag.key(), false);
    }
}
