package com.northwind.flagadmin.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flagadmin.config.PostHogConstants;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import lombok.extern.log4j.Log4j2;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

@Log4j2
@Component
public class PostHogOAuthClient {

    enum TokenKind { ACCESS, REFRESH }

    private final RestClient restClient;
    private final String clientId;
    private final AtomicReference<PostHogOAuthSession> current = new AtomicReference<>();
    private final AtomicReference<String> pendingRefreshToken = new AtomicReference<>();

    public PostHogOAuthClient(RestClient.Builder builder,
                              @Value("${posthog.oauth.client-id:flag-admin}") String clientId) {
        this.restClient = builder.baseUrl(PostHogConstants.PRIVATE_API_HOST).build();
        this.clientId = clientId;
    }

    public void seedRefreshToken(String refreshToken) {
        pendingRefreshToken.set(refreshToken);
    }

    public PostHogOAuthSession currentSession() {
        PostHogOAuthSession session = current.get();
        if (session == null || session.expiresWithin(60)) {
            session = refresh();
        }
        return session;
    }

    public PostHogOAuthSession refresh() {
        PostHogOAuthSession previous = current.get();
        String refreshToken = previous != null ? previous.refreshToken() : pendingRefreshToken.get();
        TokenKind tokenKind = TokenKind.REFRESH;
        log.debug("Exchanging PostHog {} token for client {}", tokenKind, clientId);

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("client_id", clientId);
        form.add("refresh_token", refreshToken);

        JsonNode answer = restClient.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(JsonNode.class);

        PostHogOAuthSession session = new PostHogOAuthSession(
                answer.get("access_token").asText(),
                answer.get("refresh_token").asText(),
                Instant.now().plusSeconds(answer.path("expires_in").asLong(3600)),
                answer.path("scope").asText());
        current.set(session);
        return session;
    }
}
