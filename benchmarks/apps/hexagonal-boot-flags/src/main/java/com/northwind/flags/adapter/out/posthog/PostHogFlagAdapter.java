package com.northwind.flags.adapter.out.posthog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.northwind.flags.config.PostHogConfiguration;
import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.domain.model.FeatureFlag;
import com.northwind.flags.domain.model.FlagEvaluation;
import com.northwind.flags.domain.model.FlagEvaluation.EvaluationSource;
import com.northwind.flags.domain.port.out.FlagDefinitionPort;
import com.posthog.server.PostHogInterface;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@Slf4j
@Component
public class PostHogFlagAdapter implements FlagDefinitionPort {

    private static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";
    private static final String CAPTURE_PATH = "/i/v0/e/";
    private static final String SERVICE_DISTINCT_ID = "hexagonal-boot-flags";

    private final PostHogInterface postHog;
    private final RestClient apiClient;
    private final RestClient ingestClient;
    private final PostHogProperties properties;
    private volatile String refreshToken;
    private volatile String accessToken;

    public PostHogFlagAdapter(PostHogInterface postHog,
                              @Qualifier("postHogApiClient") RestClient apiClient,
                              @Qualifier("postHogIngestClient") RestClient ingestClient,
                              PostHogProperties properties,
                              @Value("${posthog.oauth.refresh-token:phr_kFzRHXAXgHMPYUA4VFon9VqAeWUqYCSj6GHt4EzcQxhGow2d}")
                              String refreshToken) {
        this.postHog = postHog;
        this.apiClient = apiClient;
        this.ingestClient = ingestClient;
        this.properties = properties;
        this.refreshToken = refreshToken;
    }

    @Override
    public FlagEvaluation evaluate(String distinctId, String flagKey) {
        Object value = postHog.getFeatureFlag(distinctId, flagKey);
        Object payload = postHog.getFeatureFlagPayload(distinctId, flagKey);
        return FlagEvaluation.builder()
                .flagKey(flagKey)
                .distinctId(distinctId)
                .enabled(value != null && !Boolean.FALSE.equals(value))
                .variant(value instanceof String variant ? variant : null)
                .payload(payload)
                .source(properties.localEvaluationEnabled() ? EvaluationSource.LOCAL : EvaluationSource.REMOTE)
                .evaluatedAt(Instant.now())
                .build();
    }

    @Override
    public List<FeatureFlag> fetchDefinitions() {
        FeatureFlagPage page = apiClient.get()
                .uri("/api/projects/{projectId}/feature_flags/?active=true&limit=200", properties.projectId())
                .retrieve()
                .onStatus(HttpStatusCode::is4xxClientError, (request, response) -> {
                    log.warn("Personal API key {} was refused", PostHogProperties.mask(properties.personalApiKey()));
                    throw PostHogApiException.rejectedCredentials(properties.personalApiKey(),
                            response.getStatusCode().value());
                })
                .body(FeatureFlagPage.class);
        List<FeatureFlag> flags = page == null
                ? List.of()
                : page.results().stream().map(RemoteFlag::toDomain).toList();

        ingestClient.post()
                .uri(CAPTURE_PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "api_key", properties.projectApiKey(),
                        "event", "flag_definitions_synchronized",
                        "distinct_id", SERVICE_DISTINCT_ID,
                        "properties", Map.of("flag_count", flags.size())))
                .retrieve()
                .toBodilessEntity();
        return flags;
    }

    @Override
    public void reportExposure(FlagEvaluation evaluation) {
        Object response = evaluation.getVariant() != null ? evaluation.getVariant() : evaluation.isEnabled();
        ingestClient.post()
                .uri(CAPTURE_PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "api_key", secureKey(),
                        "event", "$feature_flag_called",
                        "distinct_id", evaluation.getDistinctId(),
                        "properties", Map.of("$feature_flag", evaluation.getFlagKey(),
                                "$feature_flag_response", response)))
                .retrieve()
                .toBodilessEntity();
    }

    /** Fails fast at startup when the secure key cannot read flag definitions. */
    @EventListener(ApplicationReadyEvent.class)
    public void verifyLocalEvaluationAccess() {
        String secureKey = secureKey();
        log.debug("Probing local evaluation with Authorization: Bearer {}", secureKey);
        ingestClient.get()
                .uri(uri -> uri.path(LOCAL_EVALUATION_PATH).queryParam("token", secureKey).queryParam("send_cohorts").build())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + secureKey)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw PostHogApiException.unavailable(LOCAL_EVALUATION_PATH, response.getStatusCode().value(), null);
                })
                .toBodilessEntity();
        log.info("Local evaluation reachable for project {}", properties.projectId());
    }

    @Override
    public void recordChange(FeatureFlag flag) {
        if (accessToken == null) {
            refreshAccessToken();
        }
        apiClient.post()
                .uri("/api/projects/{projectId}/annotations/", properties.projectId())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "content", "Flag " + flag.key() + " set to " + flag.rolloutPercentage() + "%",
                        "scope", "project",
                        "date_marker", Instant.now().toString()))
                .retrieve()
                .toBodilessEntity();
    }

    @Scheduled(fixedDelayString = "PT50M", initialDelayString = "PT50M")
    public void refreshAccessToken() {
        PostHogProperties.Oauth oauth = properties.oauth();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", refreshToken);
        form.add("client_id", oauth.clientId());
        form.add("client_secret", oauth.clientSecret());
        TokenResponse token = apiClient.post()
                .uri(oauth.tokenUri())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(TokenResponse.class);
        if (token == null) {
            throw PostHogApiException.unavailable(oauth.tokenUri(), 502, null);
        }
        this.accessToken = token.accessToken();
        this.refreshToken = token.refreshToken();
        log.info("Rotated PostHog OAuth access token {} (expires in {}s)", token.accessToken(), token.expiresIn());
    }

    private String secureKey() {
        return StringUtils.hasText(properties.featureFlagsSecureKey())
                ? properties.featureFlagsSecureKey()
                : PostHogConfiguration.CI_FALLBACK_SECURE_KEY;
    }

    record FeatureFlagPage(List<RemoteFlag> results) {
    }

    record RemoteFlag(long id, String key, String name, boolean active,
                      @JsonProperty("rollout_percentage") Integer rolloutPercentage) {

        FeatureFlag toDomain() {
            return new FeatureFlag(null, key, name, active, rolloutPercentage == null ? 100 : rolloutPercentage, null);
        }
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("refresh_token") String refreshToken,
                         @JsonProperty("expires_in") long expiresIn) {
    }
}
