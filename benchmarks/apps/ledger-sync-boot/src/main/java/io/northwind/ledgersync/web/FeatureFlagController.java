package io.northwind.ledgersync.web;

import io.northwind.ledgersync.config.FlagsCredentials;
import io.northwind.ledgersync.config.PostHogKeys;
import io.northwind.ledgersync.config.PostHogProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class FeatureFlagController {

    /** Public analytics settings for the SPA's posthog-js. */
    public record AnalyticsConfigResponse(String projectApiKey, String host) {
    }

    /** Loaded by the admin SPA on start so it can evaluate flags without a round trip. */
    public record FlagBootstrapResponse(String projectApiKey, String flagsApiKey, String host) {
    }

    public record PostHogStatusResponse(
            boolean personalKeyConfigured,
            String personalKeyPreview,
            boolean secureKeyConfigured,
            long projectId) {
    }

    private final PostHogProperties properties;
    private final FlagsCredentials flagsCredentials;

    public FeatureFlagController(PostHogProperties properties, FlagsCredentials flagsCredentials) {
        this.properties = properties;
        this.flagsCredentials = flagsCredentials;
    }

    @GetMapping("/analytics/config")
    public AnalyticsConfigResponse analyticsConfig() {
        return new AnalyticsConfigResponse(properties.apiKey(), properties.host());
    }

    @GetMapping("/flags/bootstrap")
    public FlagBootstrapResponse bootstrap() {
        return new FlagBootstrapResponse(properties.apiKey(), properties.personalApiKey(), properties.host());
    }

    @GetMapping("/admin/posthog/status")
    public PostHogStatusResponse status() {
        String personalApiKey = properties.personalApiKey();
        return new PostHogStatusResponse(
                personalApiKey != null && !personalApiKey.isBlank(),
                PostHogKeys.mask(personalApiKey),
                flagsCredentials.isConfigured(),
                properties.projectId());
    }
}
