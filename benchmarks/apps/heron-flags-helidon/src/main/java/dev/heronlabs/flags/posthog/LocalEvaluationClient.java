package dev.heronlabs.flags.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.heronlabs.flags.config.PostHogSettings;
import dev.heronlabs.flags.support.Secrets;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Keeps the flag definitions for local evaluation, fetched with the feature-flags secure API key.
 */
public class LocalEvaluationClient {

    private static final Logger LOGGER = System.getLogger(LocalEvaluationClient.class.getName());

    private final PostHogSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PostHogInterface posthog;
    private volatile String etag;
    private volatile String definitions = "{}";

    public LocalEvaluationClient(PostHogSettings settings) {
        this.settings = settings;
        LOGGER.log(Level.DEBUG, "Local evaluation client for {0}", settings);
        PostHogConfig config = PostHogConfig.builder(settings.featureFlagsSecureApiKey())
                .host(settings.host())
                .build();
        this.posthog = PostHog.with(config);
    }

    public String refreshDefinitions() throws FlagSyncException {
        URI uri = URI.create(settings.host() + "/api/feature_flag/local_evaluation/?token="
                + settings.projectApiKey() + "&send_cohorts");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + settings.featureFlagsSecureApiKey())
                .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        LOGGER.log(Level.DEBUG, "GET {0} (etag {1})", uri, etag);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new FlagSyncException("local evaluation request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagSyncException("interrupted", e);
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new FlagSyncException("PostHog rejected secure key " + settings.featureFlagsSecureApiKey() + " (HTTP " + response.statusCode() + ")");
        }
        if (response.statusCode() == 200) {
            definitions = response.body();
            etag = response.headers().firstValue("ETag").orElse(null);
        }
        LOGGER.log(Level.INFO, "flag definitions: {0} bytes, secure key set: {1}", definitions.length(), settings.hasSecureKey());
        return definitions;
    }

    public boolean isEnabled(String flag, String distinctId) {
        return posthog.isFeatureEnabled(distinctId, flag, false);
    }

    public String describeKey() {
        return Secrets.mask(settings.featureFlagsSecureApiKey());
    }
}
