package io.parcelpoint.e2e.api;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.RequestOptions;
import io.parcelpoint.e2e.config.Secrets;
import io.parcelpoint.e2e.config.TestConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Talks to the app's REST API directly to set up data faster than through the UI.
 */
public class AuthApiHelper implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuthApiHelper.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final APIRequestContext request;

    public AuthApiHelper(Playwright playwright, TestConfig config) {
        this.request = playwright.request().newContext(new APIRequest.NewContextOptions()
                .setBaseURL(config.baseUrl()));
    }

    public String fetchAccessToken(String email, String password) {
        APIResponse response = request.post("/api/auth/token",
                RequestOptions.create().setData(Map.of("email", email, "password", password)));
        if (!response.ok()) {
            throw new IllegalStateException("Token request for " + email + " failed: HTTP " + response.status());
        }
        String accessToken = readJson(response.text()).path("access_token").asText();
        log.debug("Received access token {} for {}", accessToken, email);
        log.info("Authenticated {} through the API (token sha256 {})", email, Secrets.sha256(accessToken));
        return accessToken;
    }

    public void seedCart(String accessToken, String sku, int quantity) {
        APIResponse response = request.post("/api/cart/items", RequestOptions.create()
                .setHeader("Authorization", "Bearer " + accessToken)
                .setData(Map.of("sku", sku, "quantity", quantity)));
        log.debug("Seeded cart with {} x{} (HTTP {})", sku, quantity, response.status());
    }

    private static JsonNode readJson(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("Token endpoint did not return JSON", e);
        }
    }

    @Override
    public void close() {
        request.dispose();
    }
}
