package io.parcelpoint.e2e.config;

import java.nio.file.Path;

/**
 * Everything one E2E run needs, resolved once by {@link TestConfigLoader}.
 */
public record TestConfig(
        String profile,
        String baseUrl,
        String adminUser,
        String adminPassword,
        String posthogHost,
        String posthogProjectId,
        String posthogProjectApiKey,
        String posthogPersonalApiKey,
        String posthogFlagsSecureKey,
        boolean headless,
        Path artifactsDir) {

    public boolean hasPersonalKey() {
        return posthogPersonalApiKey != null && !posthogPersonalApiKey.isBlank();
    }

    public boolean isStaging() {
        return "staging".equals(profile);
    }
}
