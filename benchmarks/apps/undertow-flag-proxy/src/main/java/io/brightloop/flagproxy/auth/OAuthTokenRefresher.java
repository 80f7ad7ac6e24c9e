package io.brightloop.flagproxy.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jboss.logging.Logger;

/**
 * Exchanges OAuth authorization codes with PostHog. The token endpoint answers like
 * {"access_token":"pha_jC7cqU7H9uekdDEDoZ4mEY4mdMymPGryMo6J9LcqcL9t","token_type":"Bearer","expires_in":3600}
 */
@Singleton
public final class OAuthTokenRefresher {

    private static final Logger LOG = Logger.getLogger(OAuthTokenRefresher.class);

    public record PostHogOAuthTokens(String accessToken, String refreshToken, long expiresInSeconds) {
    }

    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;

    @Inject
    OAuthTokenRefresher(OkHttpClient http, ObjectMapper mapper, Config config) {
        this.http = http;
        this.mapper = mapper;
        Config oauth = config.getConfig("posthog.oauth");
        this.tokenUrl = oauth.getString("token-url");
        this.clientId = oauth.getString("client-id");
        this.clientSecret = oauth.getString("client-secret");
    }

    public PostHogOAuthTokens exchangeCode(String code, String redirectUri) throws IOException {
        FormBody form = new FormBody.Builder()
                .add("grant_type", "authorization_code")
                .add("code", code)
                .add("redirect_uri", redirectUri)
                .add("client_id", clientId)
                .add("client_secret", clientSecret)
                .build();
        Request request = new Request.Builder().url(tokenUrl).post(form).build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("Token endpoint answered HTTP " + response.code());
            }
            JsonNode node = mapper.readTree(response.body().byteStream());
            PostHogOAuthTokens tokens = new PostHogOAuthTokens(
                    node.get("access_token").asText(),
                    node.get("refresh_token").asText(),
                    node.path("expires_in").asLong(3600));
            TokenHolder.update(tokens.accessToken());
            LOG.infof("Obtained PostHog OAuth token, expires in %d s", tokens.expiresInSeconds());
            return tokens;
        }
    }
}
