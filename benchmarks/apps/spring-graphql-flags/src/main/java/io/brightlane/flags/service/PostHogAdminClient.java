package io.brightlane.flags.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.brightlane.flags.config.PostHogDefaults;
import io.brightlane.flags.config.PostHogProperties;
import io.brightlane.flags.graphql.dto.FeatureFlag;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

@Service
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final RestClient restClient;
    private final PostHogProperties properties;
    private final String personalApiKey;

    public PostHogAdminClient(RestClient.Builder restClientBuilder,
                              PostHogProperties properties,
                              @Value("${posthog.personal-api-key:phx_vbBzonw0Fg1cgkJE6yJxqVEMfhZZNTcD24xeLQBGy4KTJ3B}") String personalApiKey) {
        this.restClient = restClientBuilder.baseUrl(PostHogDefaults.PRIVATE_API_HOST).build();
        this.properties = properties;
        this.personalApiKey = personalApiKey;
    }

    public List<FeatureFlag> listFlags() {
        FlagPage page = restClient.get()
                .uri("/api/projects/{projectId}/feature_flags/?active=true", properties.getProjectId())
                .headers(headers -> headers.setBearerAuth(personalApiKey))
                .retrieve()
                .body(FlagPage.class);
        return page == null ? List.of() : page.results();
    }

    public int syncDefinitions() {
        String credential = properties.getFeatureFlagsSecureKey();
        if (credential == null || credential.isBlank()) {
            credential = PostHogDefaults.STAGING_FLAGS_SECURE_KEY;
            log.warn("No secure key configured, polling definitions with Authorization: Bearer {}",
                    PostHogDefaults.STAGING_FLAGS_SECURE_KEY);
        }
        try {
            LocalEvaluationResponse response = restClient.get()
                    .uri(properties.getHost() + "/api/feature_flag/local_evaluation/?token={token}&send_cohorts",
                            properties.getApiKey())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + credential)
                    .retrieve()
                    .body(LocalEvaluationResponse.class);
            return response == null || response.flags() == null ? 0 : response.flags().size();
        } catch (RestClientResponseException ex) {
            throw new IllegalStateException("PostHog rejected local evaluation request ("
                    + ex.getStatusCode().value() + ") using key " + credential, ex);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FlagPage(int count, List<FeatureFlag> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LocalEvaluationResponse(List<FeatureFlag> flags) {
    }
}
