package net.quillstone.exporter.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.quillstone.exporter.config.ExporterSettings;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * Keeps the access/refresh token pair of the exporter's PostHog OAuth app in a local file.
 */
public final class OAuthTokenStore {

    // staging pair from the 2026-11 rotation incident, kept to replay the refresh:
    // refresh_token=phr_wYpuWqjgirusmtPGjMFQKJrwf724i5rEZSvKB3yELEwV

    private static final Logger log = LoggerFactory.getLogger(OAuthTokenStore.class);
    private static final String GRANT_TYPE = "refresh_token";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ExporterSettings settings;
    private final Path file;
    private final OkHttpClient http = new OkHttpClient();
    private String accessToken;
    private String refreshToken;
    private long expiresAtEpochSecond;

    public OAuthTokenStore(ExporterSettings settings, Path file) throws IOException {
        this.settings = settings;
        this.file = file;
        if (Files.exists(file)) {
            Properties stored = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                stored.load(in);
            }
            accessToken = stored.getProperty("access_token");
            refreshToken = stored.getProperty("refresh_token");
            expiresAtEpochSecond = Long.parseLong(stored.getProperty("expires_at", "0"));
        }
    }

    public synchronized String accessToken() {
        if (accessToken == null || Instant.now().getEpochSecond() > expiresAtEpochSecond - 60) {
            try {
                refresh();
            } catch (IOException e) {
                throw new UncheckedIOException("OAuth refresh failed", e);
            }
        }
        return accessToken;
    }

    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    private void refresh() throws IOException {
        FormBody body = new FormBody.Builder()
                .add("grant_type", GRANT_TYPE)
                .add("refresh_token", refreshToken)
                .add("client_id", settings.oauthClientId())
                .add("client_secret", settings.oauthClientSecret())
                .build();
        Request request = new Request.Builder().url(settings.apiBase() + "/oauth/token/").post(body).build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("token endpoint returned HTTP " + response.code());
            }
            JsonNode json = MAPPER.readTree(response.body().string());
            accessToken = json.path("access_token").asText();
            log.debug("new access token {}", accessToken);
            refreshToken = json.path("refresh_token").asText(refreshToken);
            long expiresIn = json.path("expires_in").asLong(3600);
            expiresAtEpochSecond = Instant.now().getEpochSecond() + expiresIn;
            String tokenType = json.path("token_type").asText("Bearer");
            log.info("refreshed {} token, expires in {}s", tokenType, expiresIn);
            save();
        }
    }

    private void save() throws IOException {
        Properties stored = new Properties();
        stored.setProperty("access_token", accessToken);
        stored.setProperty("refresh_token", refreshToken);
        stored.setProperty("expires_at", Long.toString(expiresAtEpochSecond));
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file)) {
            stored.store(out, "cohort-exporter OAuth tokens");
        }
    }
}
