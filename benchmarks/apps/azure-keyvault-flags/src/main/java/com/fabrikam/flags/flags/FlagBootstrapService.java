package com.fabrikam.flags.flags;

import com.fabrikam.flags.config.PostHogProperties;
import com.fabrikam.flags.secrets.VaultSecretResolver;
import com.microsoft.applicationinsights.TelemetryClient;
import com.posthog.server.PostHogInterface;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class FlagBootstrapService {

    private static final List<String> BOOTSTRAPPED_FLAGS = List.of("new-checkout", "pricing-page-v2", "dark-mode");

    private final PostHogInterface postHog;
    private final PostHogProperties properties;
    private final VaultSecretResolver secrets;
    private final TelemetryClient telemetryClient;

    public FlagBootstrapService(PostHogInterface postHog,
                                PostHogProperties properties,
                                VaultSecretResolver secrets,
                                TelemetryClient telemetryClient) {
        this.postHog = postHog;
        this.properties = properties;
        this.secrets = secrets;
        this.telemetryClient = telemetryClient;
    }

    public ClientBootstrap bootstrapFor(String distinctId) {
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flag : BOOTSTRAPPED_FLAGS) {
            Object value = postHog.getFeatureFlag(distinctId, flag, false);
            flags.put(flag, value);
            telemetryClient.trackEvent("flag_bootstrapped",
                    Map.of("flag", flag, "value", String.valueOf(value)), null);
        }
        return new ClientBootstrap(
                properties.getProjectApiKey(),
                properties.getHost(),
                distinctId,
                flags,
                secrets.resolve(VaultSecretResolver.POSTHOG_FLAGS_SECURE_KEY));
    }

    public boolean isEnabled(String distinctId, String flag) {
        return postHog.isFeatureEnabled(distinctId, flag, false);
    }

    public record ClientBootstrap(String apiKey,
                                  String apiHost,
                                  String distinctId,
                                  Map<String, Object> featureFlags,
                                  String flagsSecureKey) {
    }
}
