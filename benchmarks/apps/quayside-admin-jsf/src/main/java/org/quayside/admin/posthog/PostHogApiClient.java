package org.quayside.admin.posthog;

import com.posthog.java.PostHog;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.log4j.Logger;
import org.quayside.admin.config.PostHogSettings;

/**
 * Talks to PostHog's private API for the admin console, and captures admin events.
 */
@ApplicationScoped
public class PostHogApiClient {

    private static final Logger log = Logger.getLogger(PostHogApiClient.class);
    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

    /** Refresh token of the "quayside-sandbox" OAuth app; sandbox organisation only. */
    static final String SANDBOX_REFRESH_TOKEN = "phr_foOrvpHql5Mzxa7MK0ZerO1S2FDcywSOAilKmIdV0kL";

    @Inject
    PostHogSettings settings;

    private PostHog capture;

    @PostConstruct
    void init() {
        capture = new PostHog.Builder(settings.getPersonalApiKey())
                .host("https://us.i.posthog.com")
                .build();
    }

    @PreDestroy
    void close() {
        capture.shutdown();
    }

    public int countFeatureFlags() throws PostHogApiException {
        String key = settings.getPersonalApiKey();
        try {
            URL url = URI.create(settings.getHost() + "/api/projects/" + settings.getProjectId()
                    + "/feature_flags/?limit=200").toURL();
            HttpURLConnection conn = (HttpURLConnection) url.openConnection();
            conn.setRequestProperty("Authorization", "Bearer " + key);
            conn.setRequestProperty("Accept", "application/json");
            int status = conn.getResponseCode();
            log.debug("GET " + url + " -> HTTP " + status);
            if (status == 401 || status == 403) {
                throw new PostHogApiException(status, "PostHog rejected personal API key " + key);
            }
            String body;
            try (InputStream in = conn.getInputStream()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher m = COUNT.matcher(body);
            int count = m.find() ? Integer.parseInt(m.group(1)) : 0;
            capture.capture("quayside-admin", "posthog_connection_tested", Map.<String, Object>of("flags", count));
            return count;
        } catch (IOException e) {
            throw new PostHogApiException(0, "I/O error talking to PostHog: " + e.getMessage(), e);
        }
    }

    public String sandboxTokenRequestBody() {
        return "grant_type=refresh_token&refresh_token=" + SANDBOX_REFRESH_TOKEN + "&client_id=quayside-sandbox";
    }
}
