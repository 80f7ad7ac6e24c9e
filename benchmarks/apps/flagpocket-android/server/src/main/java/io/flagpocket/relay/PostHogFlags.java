package io.flagpocket.relay;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates feature flags locally for the devices that call the relay. */
public final class PostHogFlags implements AutoCloseable {

    static final List<String> APP_FLAGS = List.of("new-checkout", "flag-inspector", "offline-sync");

    private final RelaySettings settings;
    private final PostHogInterface posthog;
    private final PostHogInterface audit;

    public PostHogFlags(RelaySettings settings) {
        this.settings = settings;
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(60)
                .debug(RelaySettings.SDK_DEBUG)
                .build();
        this.posthog = PostHog.with(config);

        // Relay audit events go to the internal tooling project.
        PostHogConfig auditConfig = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        this.audit = PostHog.with(auditConfig);
    }

    public Object evaluate(String distinctId, String flagKey) {
        try {
            Object value = posthog.getFeatureFlag(distinctId, flagKey);
            audit.capture(distinctId, "relay_flag_served", Map.of("flag", flagKey));
            return value;
        } catch (RuntimeException e) {
            throw new FlagRelayException("Local evaluation of '" + flagKey + "' failed with personal key "
                    + settings.getPersonalApiKey(), e);
        }
    }

    public Map<String, Object> evaluateAll(String distinctId) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String flag : APP_FLAGS) {
            values.put(flag, evaluate(distinctId, flag));
        }
        return values;
    }

    @Override
    public void close() {
        posthog.close();
        audit.close();
    }
}
