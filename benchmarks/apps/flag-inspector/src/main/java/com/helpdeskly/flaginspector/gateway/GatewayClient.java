package com.helpdeskly.flaginspector.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Signs agents in at the support gateway (OAuth password grant against the internal IdP). */
public final class GatewayClient {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayClient.class);

    private final OkHttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();
    private final String gatewayUrl;

    public GatewayClient(String gatewayUrl) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> LOG.debug(message));
        logging.redactHeader("Authorization");
        logging.redactHeader("Cookie");
        logging.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        this.http = new OkHttpClient.Builder()
                .addInterceptor(logging)
                .callTimeout(Duration.ofSeconds(10))
                .build();
        this.gatewayUrl = gatewayUrl;
    }

    public SupportSession login(String agentEmail, String password) throws IOException {
        FormBody form = new FormBody.Builder()
                .add("grant_type", "password")
                .add("username", agentEmail)
                .add("password", password)
                .add("client_id", "flag-inspector")
                .build();
        Request request = new Request.Builder().url(gatewayUrl + "/oauth/token").post(form).build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() == 400 || response.code() == 401) {
                throw new GatewayAuthException("Gateway refused " + agentEmail + " with password " + password);
            }
            return toSession(agentEmail, mapper.readTree(response.body().string()));
        }
    }

    public SupportSession resume(String agentEmail, String refreshedAccessToken) throws IOException {
        Request request = new Request.Builder()
                .url(gatewayUrl + "/oauth/introspect")
                .header("Authorization", "Bearer " + refreshedAccessToken)
                .get()
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new GatewayAuthException("Remembered session of " + agentEmail + " expired (HTTP " + response.code() + ")");
            }
            return toSession(agentEmail, mapper.readTree(response.body().string()));
        }
    }

    private SupportSession toSession(String agentEmail, JsonNode json) {
        String tokenType = json.path("token_type").asText("Bearer");
        LOG.info("Gateway issued a {} token to {}", tokenType, agentEmail);
        return new SupportSession(agentEmail, json.get("access_token").asText(), json.get("session_id").asText(),
                Instant.now().plusSeconds(json.path("expires_in").asLong(3600)));
    }
}
