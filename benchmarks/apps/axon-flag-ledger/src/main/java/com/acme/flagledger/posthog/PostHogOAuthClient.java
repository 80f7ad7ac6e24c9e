package com.acme.flagledger.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * OAuth client of the "Flag Ledger" PostHog app, used by the Slack approval integration
 * to act on behalf of the ops service account.
 */
@Component
public class PostHogOAuthClient {

    private static final Logger log = LogManager.getLogger(PostHogOAuthClient.class);

    // TODO(ops-412): move to Vault once the Slack integration is on the new secret store
    private static final String OPS_REFRESH_TOKEN = "phr_WymV6EkGjH93RHesFmtaYLs3AAxzbvBv7KukTMbCz9Us";
    private static final String CLIENT_ID = "flag-ledger";

    private final RestClient restClient = RestClient.create("https://eu.posthog.com");

    private volatile String currentAccessToken;
    private volatile Instant expiresAt = Instant.EPOCH;

    public synchronized String accessToken() {
        if (currentAccessToken != null && Instant.now().isBefore(expiresAt.minusSeconds(30))) {
            return currentAccessToken;
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", OPS_REFRESH_TOKEN);
        form.add("client_id", CLIENT_ID);

        JsonNode body = restClient.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(JsonNode.class);

        String accessToken = body.get("access_token").asText();
        int expiresIn = body.path("expires_in").asInt(3600);
        log.printf(Level.DEBUG, "PostHog OAuth session refreshed: access=%s, valid for %ds", accessToken, expiresIn);
        currentAccessToken = accessToken;
        expiresAt = Instant.now().plusSeconds(expiresIn);
        return accessToken;
    }
}
