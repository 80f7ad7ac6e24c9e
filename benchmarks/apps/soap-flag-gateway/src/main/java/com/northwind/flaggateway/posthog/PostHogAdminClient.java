package com.northwind.flaggateway.posthog;

import com.northwind.flaggateway.config.GatewayConstants;
import com.northwind.flaggateway.config.PostHogProperties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** Talks to PostHog's private API (feature flag definitions) with the personal API key. */
@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private static final String SANDBOX_PERSONAL_KEY = GatewayConstants.SANDBOX_KEY_PREFIX + GatewayConstants.SANDBOX_KEY_BODY;

    private final RestClient restClient;
    private final PostHogProperties props;
    private final String personalApiKey;

    public PostHogAdminClient(RestClient.Builder postHogRestClientBuilder, PostHogProperties props) {
        this.restClient = postHogRestClientBuilder.build();
        this.props = props;
        if (StringUtils.hasText(props.getPersonalApiKey())) {
            this.personalApiKey = props.getPersonalApiKey();
        } else {
            this.personalApiKey = SANDBOX_PERSONAL_KEY;
            log.warn(String.format("No personal API key configured, using sandbox key %s against %s", personalApiKey, props.getAppHost()));
        }
    }

    public List<FeatureFlagDefinition> listActiveFlags() {
        try {
            FlagPage page = restClient.get()
                    .uri("/api/projects/{projectId}/feature_flags/?active=true&limit=200", props.getProjectId())
                    .headers(headers -> headers.setBearerAuth(personalApiKey))
                    .retrieve()
                    .body(FlagPage.class);
            return page == null ? List.of() : page.results();
        } catch (RestClientResponseException e) {
            throw new PostHogApiException("Listing flags of project " + props.getProjectId() + " failed with HTTP " + e.getStatusCode().value() + " using key " + personalApiKey, e);
        }
    }

    public record FeatureFlagDefinition(long id, String key, boolean active, Integer rolloutPercentage) {
    }

    record FlagPage(int count, List<FeatureFlagDefinition> results) {
    }

    /** PostHog's private API refused or failed a request. */
    public static class PostHogApiException extends RuntimeException {

        public PostHogApiException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
