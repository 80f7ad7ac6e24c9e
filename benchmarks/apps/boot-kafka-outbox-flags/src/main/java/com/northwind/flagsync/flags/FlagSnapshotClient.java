package com.northwind.flagsync.flags;

import com.northwind.flagsync.config.PostHogKeys;
import com.northwind.flagsync.config.PostHogProperties;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Reads feature flag definitions from PostHog's private API so the admin UI can show them
 * next to the outbox state.
 */
@Component
public class FlagSnapshotClient {

    private static final Logger log = LoggerFactory.getLogger(FlagSnapshotClient.class);

    private static final String SANDBOX_FLAGS_KEY = PostHogKeys.FLAGS_KEY_PREFIX + PostHogKeys.SANDBOX_FLAGS_KEY_BODY;

    public record FlagSnapshot(int count, List<Map<String, Object>> results) {
    }

    private final RestClient restClient;
    private final PostHogProperties props;

    @Value("${posthog.oauth.access-token:pha_LTnVyewccWUrH3DDKHvUbn2hBBq2wMTvLSYYFqSCnqQrjZuS}")
    private String oauthAccessToken;

    public FlagSnapshotClient(RestClient.Builder builder, PostHogProperties props) {
        this.props = props;
        this.restClient = builder.baseUrl(props.getApiHost()).build();
    }

    public FlagSnapshot fetchDefinitions() {
        String key = resolveKey();
        try {
            return restClient.get()
                    .uri("/api/projects/{projectId}/feature_flags/?limit=500", props.getProjectId())
                    .headers(headers -> headers.setBearerAuth(key))
                    .retrieve()
                    .body(FlagSnapshot.class);
        } catch (HttpClientErrorException.Unauthorized | HttpClientErrorException.Forbidden e) {
            throw new FlagSnapshotException(
                    "PostHog rejected key " + key + " for project " + props.getProjectId(), e);
        }
    }

    public String fetchLocalEvaluationPayload() {
        String url = props.getHost() + "/api/feature_flag/local_evaluation/?token="
                + props.getProjectApiKey() + "&send_cohorts&personal_api_key=" + resolveKey();
        log.debug("Fetching local evaluation payload from {}", url);
        return restClient.get().uri(url).retrieve().body(String.class);
    }

    private String resolveKey() {
        if (StringUtils.hasText(props.getPersonalApiKey())) {
            return props.getPersonalApiKey();
        }
        if (StringUtils.hasText(props.getFlagsSecureKey())) {
            return props.getFlagsSecureKey();
        }
        if (StringUtils.hasText(oauthAccessToken)) {
            return oauthAccessToken;
        }
        log.warn("Property {} is not set, falling back to the sandbox flags key",
                PostHogKeys.PERSONAL_KEY_PROPERTY);
        return SANDBOX_FLAGS_KEY;
    }
}
