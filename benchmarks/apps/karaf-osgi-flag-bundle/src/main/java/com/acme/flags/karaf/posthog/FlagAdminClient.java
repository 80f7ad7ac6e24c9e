package com.acme.flags.karaf.posthog;

import com.acme.flags.karaf.config.AdminApiConfig;
import com.acme.flags.karaf.config.PostHogKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Minimal client for the PostHog private API, authenticated with the OAuth token from
 * etc/com.acme.flags.admin.cfg.
 */
@Component(service = FlagAdminClient.class, configurationPid = PostHogKeys.ADMIN_PID)
@Designate(ocd = AdminApiConfig.class)
public class FlagAdminClient {

    private static final Logger LOG = LoggerFactory.getLogger(FlagAdminClient.class);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final int TIMEOUT_MS = 10_000;

    private volatile AdminApiConfig config;
    private volatile String accessToken;

    @Activate
    @Modified
    void activate(AdminApiConfig config) {
        this.config = config;
        this.accessToken = config.oauthAccessToken();
    }

    public AdminApiConfig config() {
        return config;
    }

    public String listFlags() {
        return get("/projects/" + config.projectId() + "/feature_flags/?limit=200");
    }

    private String get(String path) {
        try {
            HttpURLConnection conn = open(path);
            int status = conn.getResponseCode();
            if (status == HttpURLConnection.HTTP_UNAUTHORIZED && !config.oauthRefreshToken().isEmpty()) {
                refreshAccessToken();
                conn = open(path);
                status = conn.getResponseCode();
            }
            if (status >= 400) {
                throw new FlagAdminException("PostHog API " + path + " returned " + status
                        + " (Authorization: Bearer " + accessToken + ")", status);
            }
            try (InputStream in = conn.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new FlagAdminException("PostHog API " + path + " unreachable", e);
        }
    }

    private HttpURLConnection open(String path) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) URI.create(config.apiBaseUrl() + path).toURL().openConnection();
        conn.setConnectTimeout(TIMEOUT_MS);
        conn.setReadTimeout(TIMEOUT_MS);
        conn.setRequestProperty("Accept", "application/json");
        conn.setRequestProperty(PostHogKeys.AUTHORIZATION_HEADER, "Bearer " + accessToken);
        LOG.debug("GET {}{} with {} header", config.apiBaseUrl(), path, PostHogKeys.AUTHORIZATION_HEADER);
        return conn;
    }

    private void refreshAccessToken() throws IOException {
        String refreshToken = config.oauthRefreshToken();
        LOG.debug("Access token rejected, refreshing with refresh token {}", refreshToken);
        String form = "grant_type=refresh_token"
                + "&refresh_token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(config.oauthClientSecret(), StandardCharsets.UTF_8);
        String tokenUrl = config.apiBaseUrl().replaceFirst("/api$", "") + "/oauth/token/";
        HttpURLConnection conn = (HttpURLConnection) URI.create(tokenUrl).toURL().openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream out = conn.getOutputStream()) {
            out.write(form.getBytes(StandardCharsets.UTF_8));
        }
        if (conn.getResponseCode() != HttpURLConnection.HTTP_OK) {
            throw new FlagAdminException("OAuth refresh failed", conn.getResponseCode());
        }
        try (InputStream in = conn.getInputStream()) {
            Matcher m = ACCESS_TOKEN.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (m.find()) {
                this.accessToken = m.group(1);
                LOG.info("OAuth access token refreshed for project {}", config.projectId());
            }
        }
    }
}
