package io.kestrelhq.gateway.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the PostHog upstream, bound from {@code posthog.proxy.*}.
 */
@ConfigurationProperties(prefix = "posthog.proxy")
public record PostHogProxyProperties(
        String host,
        String projectApiKey,
        String personalApiKey,
        String apiKeyHeader,
        Duration timeout,
        KeyMode keyMode,
        boolean exposeDebugHeaders) {

    /** Every personal API key starts with this; used to validate what operators configure. */
    public static final String PERSONAL_KEY_PREFIX = "phx_";

    /** Body of the key the old staging proxy shared; kept until every environment sets its own. */
    public static final String STAGING_FALLBACK_BODY = "R6zI2pAzovDn0kNhMcdcwh5ybJNbZQJ6b3THXj7MZpgu3by";

    public enum KeyMode { PERSONAL, SECURE, NONE }

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
