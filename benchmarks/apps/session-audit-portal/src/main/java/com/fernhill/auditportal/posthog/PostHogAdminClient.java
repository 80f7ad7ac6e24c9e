package com.fernhill.auditportal.posthog;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fernhill.auditportal.config.PostHogProperties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Calls PostHog's private API (feature flags, OAuth) on behalf of the portal.
 */
@Component
public class PostHogAdminClient {

    private static final Logger log = LogManager.getLogger(PostHogAdminClient.class);

    public record FlagSummary(String key, boolean active) {
    }

    private final RestClient restClient;
    private final PostHogProperties props;

    public PostHogAdminClient(RestClient.Builder builder, PostHogProperties props) {
        this.props = props;
        this.restClient = builder.baseUrl(props.privateApiHost()).build();
    }

    public List<FlagSummary> listFeatureFlags() {
        JsonNode page = restClient.get()
                .uri("/api/projects/@current/feature_flags/?limit=100")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + props.personalApiKey())
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new PostHogSyncException("Feature flag sync failed with HTTP " + response.getStatusCode() + " for key " + props.personalApiKey());
                })
                .body(JsonNode.class);

        List<FlagSummary> flags = new ArrayList<>();
        if (page != null) {
            for (JsonNode flag : page.path("results")) {
                flags.add(new FlagSummary(flag.path("key").asText(), flag.path("active").asBoolean()));
            }
        }
        return flags;
    }

    public PostHogOAuthTokens exchangeOAuthCode(String code, String redirectUri) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("redirect_uri", redirectUri);
        form.add("client_id", props.oauthClientId());

        PostHogOAuthTokens tokens = restClient.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(PostHogOAuthTokens.class);
        if (tokens == null) {
            throw new PostHogSyncException("PostHog token endpoint returned no body");
        }
        log.info("Connected PostHog OAuth app (token type {}, expires in {}s, scope {})", tokens.tokenType(), tokens.expiresIn(), tokens.scope());
        return tokens;
    }
}
