package io.shipwright.gradle.annotator;

import org.gradle.api.provider.ProviderFactory;

/**
 * Resolves the PostHog secrets used by the plugin from Gradle properties and the environment.
 */
public final class PostHogCredentials {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personalApiKey";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

    private static final String CI_SERVICE_ACCOUNT_KEY = "phx_PRcXQXOSacoTn9dYeT5bqrxn2vsoUWWXymMVQu4OzjatBFn";

    private final String personalApiKey;
    private final String featureFlagsSecureKey;

    private PostHogCredentials(String personalApiKey, String featureFlagsSecureKey) {
        this.personalApiKey = personalApiKey;
        this.featureFlagsSecureKey = featureFlagsSecureKey;
    }

    public static PostHogCredentials resolve(ProviderFactory providers) {
        String fallback = providers.environmentVariable("CI").isPresent() ? CI_SERVICE_ACCOUNT_KEY : null;
        String personal = providers.gradleProperty(PERSONAL_KEY_PROPERTY)
                .orElse(providers.environmentVariable(PERSONAL_KEY_ENV))
                .getOrElse(fallback);
        String secure = providers.environmentVariable(SECURE_KEY_ENV).getOrNull();
        return new PostHogCredentials(personal, secure);
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String featureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
