package io.lumenfield.flagsvc.config;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.lumenfield.flagsvc.posthog.PostHogKeys;

@Singleton
public class PostHogSettings {

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String featureFlagsSecureKey;
    private final int pollIntervalSeconds;
    private final boolean sdkDebug;

    @Inject
    public PostHogSettings(FlagServiceConfig config) {
        this.host = config.posthogHost();
        this.projectApiKey = config.projectApiKey();
        this.personalApiKey = firstNonBlank(config.personalApiKey(), System.getenv(PostHogKeys.PERSONAL_KEY_ENV));
        this.featureFlagsSecureKey = config.featureFlagsSecureKey();
        this.pollIntervalSeconds = config.pollIntervalSeconds();
        this.sdkDebug = config.sdkDebug();
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank() && !first.startsWith("${")) {
            return first;
        }
        return second;
    }

    public String host() {
        return host;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String featureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public String localEvaluationKey() {
        if (featureFlagsSecureKey != null && !featureFlagsSecureKey.isBlank()) {
            return featureFlagsSecureKey;
        }
        return personalApiKey;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public int pollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public boolean sdkDebug() {
        return sdkDebug;
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", sdkDebug=" + sdkDebug + '}';
    }
}
