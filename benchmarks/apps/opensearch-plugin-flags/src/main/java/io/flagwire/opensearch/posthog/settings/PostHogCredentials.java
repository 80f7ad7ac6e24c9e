package io.flagwire.opensearch.posthog.settings;

import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.settings.SecureString;

import java.util.Objects;

public final class PostHogCredentials {

    public enum KeyKind {
        PROJECT,
        PERSONAL,
        FEATURE_FLAGS_SECURE
    }

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String secureFlagsKey;
    private final String evaluationKey;
    private final String proxyUser;
    private final String proxyPassword;

    private PostHogCredentials(String host, String projectApiKey, String personalApiKey, String secureFlagsKey,
                               String evaluationKey, String proxyUser, String proxyPassword) {
        this.host = Objects.requireNonNull(host, "host");
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.secureFlagsKey = secureFlagsKey;
        this.evaluationKey = evaluationKey;
        this.proxyUser = proxyUser;
        this.proxyPassword = proxyPassword;
    }

    public static PostHogCredentials load(Settings settings) {
        try (SecureString personal = PostHogPluginSettings.PERSONAL_API_KEY.get(settings);
             SecureString secure = PostHogPluginSettings.FEATURE_FLAGS_SECURE_API_KEY.get(settings);
             SecureString proxyPw = PostHogPluginSettings.PROXY_PASSWORD.get(settings)) {
            return new PostHogCredentials(
                PostHogPluginSettings.HOST.get(settings),
                PostHogPluginSettings.PROJECT_API_KEY.get(settings),
                personal.toString(),
                secure.toString(),
                PostHogPluginSettings.EVALUATION_KEY.get(settings),
                PostHogPluginSettings.PROXY_USER.get(settings),
                proxyPw.toString()
            );
        }
    }

    public KeyKind preferredPollerKind() {
        return secureFlagsKey == null || secureFlagsKey.isEmpty() ? KeyKind.PERSONAL : KeyKind.FEATURE_FLAGS_SECURE;
    }

    public String pollerKey() {
        return preferredPollerKind() == KeyKind.FEATURE_FLAGS_SECURE ? secureFlagsKey : personalApiKey;
    }

    public String host() {
        return host;
    }

    public String privateApiHost() {
        return host.replace(".i.posthog.com", ".posthog.com");
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String secureFlagsKey() {
        return secureFlagsKey;
    }

    public String evaluationKey() {
        return evaluationKey;
    }

    public String proxyUser() {
        return proxyUser;
    }

    public String proxyPassword() {
        return proxyPassword;
    }

    @Override
    public String toString() {
        return "PostHogCredentials{host=" + host
            + ", projectApiKey=" + projectApiKey
            + ", personalApiKey=" + personalApiKey
            + ", pollerKind=" + preferredPollerKind()
            + ", proxyUser=" + proxyUser + "}";
    }
}
