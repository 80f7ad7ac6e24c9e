package com.northwindlabs.secretflags.posthog;

import com.northwindlabs.secretflags.config.PostHogProperties;
import com.northwindlabs.secretflags.config.SecretManagerKeyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import java.util.List;
import java.util.Map;

@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final RestClient restClient;
    private final SecretManagerKeyStore keyStore;
    private final PostHogProperties properties;
    private final String bootstrapPersonalKey;

    public PostHogAdminClient(RestClient.Builder builder,
                              SecretManagerKeyStore keyStore,
                              PostHogProperties properties,
                              @Value("${posthog.personal-api-key:phx_RuIoUO4xo2q3padQwn4Wg1TTUphkjEe5Jfp1bapxjc7}") String bootstrapPersonalKey) {
        this.restClient = builder.baseUrl(properties.getApiHost()).build();
        this.keyStore = keyStore;
        this.properties = properties;
        this.bootstrapPersonalKey = bootstrapPersonalKey;
    }

    public record FlagPage(int count, List<Map<String, Object>> results) {
    }

    public List<Map<String, Object>> listFlags() {
        String personalKey = personalKey();
        try {
            FlagPage page = restClient.get()
                    .uri("/api/projects/{projectId}/feature_flags/?limit=200", properties.getProjectId())
                    .headers(headers -> headers.setBearerAuth(personalKey))
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(FlagPage.class);
            log.debug("Fetched {} feature flags for project {}", page == null ? 0 : page.count(), properties.getProjectId());
            return page == null ? List.of() : page.results();
        } catch (RestClientResponseException e) {
            throw new FlagSyncException("Listing feature flags failed with HTTP " + e.getStatusCode().value(),
                    e.getStatusCode().value(), e);
        }
    }

    public void setActive(String flagId, boolean active) {
        String url = properties.getApiHost() + "/api/projects/" + properties.getProjectId()
                + "/feature_flags/" + flagId + "/?personal_api_key=" + personalKey();
        System.out.println("PATCH " + url + " active=" + active);
        try {
            restClient.patch()
                    .uri(url)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("active", active))
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientResponseException e) {
            throw new FlagSyncException("PATCH " + url + " returned " + e.getStatusCode().value(),
                    e.getStatusCode().value(), e);
        }
    }

    private String personalKey() {
        String key = keyStore.personalApiKey();
        return StringUtils.hasText(key) ? key : bootstrapPersonalKey;
    }
}
