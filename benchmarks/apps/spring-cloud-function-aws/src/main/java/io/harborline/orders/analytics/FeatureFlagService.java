package io.harborline.orders.analytics;

import com.posthog.server.PostHogInterface;
import io.harborline.orders.config.PostHogProperties;
import io.harborline.orders.secrets.PostHogKeyProvider;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Service;

@Service
public class FeatureFlagService {

    private static final Logger log = LogManager.getLogger(FeatureFlagService.class);

    private final PostHogInterface postHog;
    private final PostHogProperties properties;
    private final PostHogKeyProvider keyProvider;
    private final HttpClient httpClient = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .build();

    public FeatureFlagService(PostHogInterface postHog, PostHogProperties properties,
                              PostHogKeyProvider keyProvider) {
        this.postHog = postHog;
        this.properties = properties;
        this.keyProvider = keyProvider;
    }

    @PostConstruct
    void warmUp() {
        log.info("PostHog settings: {}", properties);
        String secureKey = keyProvider.secureKey();
        log.info("Flags secure key {}", keyProvider.masked(secureKey));
        log.debug("Flags secure key length {}", secureKey.length());
        log.debug("Flags secure key fingerprint {}", hashKey(secureKey));
        System.out.println("Feature flag warm-up with secure key " + keyProvider.secureKey());
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        Boolean enabled = postHog.isFeatureEnabled(distinctId, flagKey, false);
        return Boolean.TRUE.equals(enabled);
    }

    public void capture(String distinctId, String event) {
        postHog.capture(distinctId, event);
    }

    public boolean hasLocalEvaluation() {
        return !keyProvider.personalKey().isBlank();
    }

    public String fetchFlagDefinitions() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create("https://eu.posthog.com/api/projects/@current/feature_flags/"))
                .header("Authorization", "Bearer " + keyProvider.personalKey())
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
        log.info("Fetched flag definitions: HTTP {}", response.statusCode());
        return response.body();
    }

    private static String hashKey(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            return "unavailable";
        }
    }
}
