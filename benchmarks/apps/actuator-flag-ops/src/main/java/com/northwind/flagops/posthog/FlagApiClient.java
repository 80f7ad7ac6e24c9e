package com.northwind.flagops.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.northwind.flagops.auth.PersonalKeyStore;
import com.northwind.flagops.config.PostHogProperties;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Thin client over the feature-flag and personal-key endpoints of PostHog's REST API. */
@Component
public class FlagApiClient {

    private final RestClient postHogRestClient;
    private final PostHogProperties properties;
    private final PersonalKeyStore keyStore;

    public FlagApiClient(RestClient postHogRestClient, PostHogProperties properties, PersonalKeyStore keyStore) {
        this.postHogRestClient = postHogRestClient;
        this.properties = properties;
        this.keyStore = keyStore;
    }

    public List<FeatureFlagDto> listFlags() {
        FlagPage page = postHogRestClient.get()
                .uri("/api/projects/{projectId}/feature_flags/?limit=200", properties.projectId())
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new FlagApiException(response.getStatusCode().value(), "PostHog rejected the flag listing of project " + properties.projectId() + " for key " + keyStore.getPersonalApiKey());
                })
                .body(FlagPage.class);
        return page == null ? List.of() : page.results();
    }

    /** Rolls the personal key and returns the new value; the old one stops working at once. */
    public String rollPersonalKey() {
        RolledKey rolled = postHogRestClient.post()
                .uri("/api/personal_api_keys/{id}/roll/", properties.personalApiKeyId())
                .retrieve()
                .body(RolledKey.class);
        if (rolled == null || rolled.value() == null) {
            throw new FlagApiException(502, "PostHog returned no key when rolling key id " + properties.personalApiKeyId());
        }
        return rolled.value();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FlagPage(List<FeatureFlagDto> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RolledKey(String id, String value) {
    }
}
