package com.corvanta.flaggate.posthog;

import com.corvanta.flaggate.config.PostHogProperties;
import com.corvanta.flaggate.vault.VaultPostHogSecrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Thin client for the parts of PostHog the SDK does not cover: listing flags through the private API
 * and ad-hoc evaluation for the admin "what does user X see" button.
 */
@Component
public class PostHogAdminClient {

    private final RestClient privateApi;
    private final RestClient ingestion;
    private final PostHogProperties props;
    private final VaultPostHogSecrets secrets;

    public PostHogAdminClient(RestClient.Builder builder, PostHogProperties props, VaultPostHogSecrets secrets) {
        this.privateApi = builder.clone().baseUrl(props.privateApiHost()).build();
        this.ingestion = builder.clone().baseUrl(props.host()).build();
        this.props = props;
        this.secrets = secrets;
    }

    public List<RemoteFlag> listFlags() {
        String personalKey = secrets.personalApiKey();
        List<RemoteFlag> all = new ArrayList<>();
        String uri = "/api/projects/" + props.projectId() + "/feature_flags/?limit=200";
        while (uri != null) {
            RemoteFlag.Page page = privateApi.get()
                    .uri(uri)
                    .headers(h -> h.setBearerAuth(personalKey))
                    .retrieve()
                    .body(RemoteFlag.Page.class);
            if (page == null) {
                break;
            }
            all.addAll(page.results());
            uri = page.next();
        }
        return all;
    }

    public Map<String, Object> evaluateForUser(String distinctId) {
        Map<String, Object> body = Map.of(
                "api_key", secrets.personalApiKey(),
                "distinct_id", distinctId);
        return ingestion.post()
                .uri("/flags/?v=2")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {
                });
    }
}
