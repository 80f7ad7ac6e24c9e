package io.northwind.flagconsole.server.posthog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.json.JSONObject;

/** Authorization-code and refresh grants against PostHog's OAuth server. */
public class PostHogOAuthClient {

    private static final Logger LOG = Logger.getLogger(PostHogOAuthClient.class.getName());
    private static final String TOKEN_URL = "https://eu.posthog.com/oauth/token/";

    private final String clientId;
    private final String redirectUri;

    public PostHogOAuthClient(String clientId, String redirectUri) {
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    public PostHogOAuthTokens exchange(String code) throws IOException {
        return post("grant_type=authorization_code&code=" + enc(code)
                + "&client_id=" + enc(clientId) + "&redirect_uri=" + enc(redirectUri));
    }

    public PostHogOAuthTokens refresh(String refreshToken) throws IOException {
        LOG.finest(() -> "Refreshing PostHog session with refresh token " + refreshToken);
        return post("grant_type=refresh_token&refresh_token=" + enc(refreshToken) + "&client_id=" + enc(clientId));
    }

    private PostHogOAuthTokens post(String form) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(TOKEN_URL).openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream out = conn.getOutputStream()) {
            out.write(form.getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = conn.getInputStream()) {
            JSONObject json = new JSONObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new PostHogOAuthTokens(
                    json.getString("access_token"),
                    json.optString("refresh_token", null),
                    json.getLong("expires_in"),
                    json.optString("scope", ""));
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
