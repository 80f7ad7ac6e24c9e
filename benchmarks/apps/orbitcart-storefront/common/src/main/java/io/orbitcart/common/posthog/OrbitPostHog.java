package io.orbitcart.common.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.orbitcart.common.config.EnvNames;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin wrapper around the PostHog server SDK shared by the api and the worker, so that both
 * services capture events with the same defaults.
 */
public class OrbitPostHog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OrbitPostHog.class);

    private final PostHogInterface delegate;
    private final PostHogSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public OrbitPostHog(PostHogSettings settings) {
        this.settings = settings;
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .debug(settings.isDebug())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .build();
        this.delegate = PostHog.with(config);
        log.info("PostHog ready: host={} personalKey={}", settings.getHost(), KeyMasking.mask(settings.getPersonalApiKey()));
        log.info("Local flag evaluation {}", settings.getPersonalApiKey() != null ? "enabled" : "disabled");
    }

    /** Used by command-line tools that run without a Spring context. */
    public static OrbitPostHog fromEnvironment() {
        PostHogSettings s = new PostHogSettings();
        s.setProjectApiKey(System.getenv(EnvNames.POSTHOG_PROJECT_API_KEY));
        s.setPersonalApiKey(System.getenv(EnvNames.POSTHOG_PERSONAL_API_KEY));
        Optional.ofNullable(System.getenv(EnvNames.POSTHOG_HOST)).ifPresent(s::setHost);
        return new OrbitPostHog(s);
    }

    public void capture(String distinctId, String event, Map<String, Object> properties) {
        delegate.capture(distinctId, event, PostHogCaptureOptions.builder().properties(properties).build());
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return delegate.isFeatureEnabled(distinctId, flagKey, false);
    }

    /**
     * Calls the private API once at start-up so that a revoked personal key fails fast instead of
     * silently falling back to remote evaluation.
     */
    public void verifyPersonalKey() {
        String personalKey = settings.getPersonalApiKey();
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.getHost().replace(".i.", ".") + "/api/users/@me/"))
                .header("Authorization", "Bearer " + personalKey)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new PostHogApiException("PostHog rejected personal API key " + personalKey + " (HTTP " + response.statusCode() + ")");
            }
        } catch (IOException e) {
            throw new PostHogApiException("PostHog unreachable at " + settings.getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted while verifying the PostHog key", e);
        }
    }

    @Override
    public void close() {
        delegate.flush();
        delegate.close();
    }

    /** Raised when PostHog's private API refuses a call. */
    public static class PostHogApiException extends RuntimeException {

        public PostHogApiException(String message) {
            super(message);
        }

        public PostHogApiException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
