package dev.northwind.flaghub.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Immutable configuration of the hub, resolved once at startup from the environment with
 * {@code flaghub.properties} as fallback.
 */
public final class HubConfig {

    public enum KeySource { ENVIRONMENT, PROPERTIES, STAGING_DEFAULT, NONE }

    private static volatile HubConfig instance;

    private final String host;
    private final String projectApiKey;
    private final String projectId;
    private final String personalApiKey;
    private final KeySource personalKeySource;
    private final String secureApiKey;
    private final String adminToken;
    private final int pollSeconds;
    private final boolean sdkDebug;

    private HubConfig(Properties props) {
        this.host = firstNonBlank(System.getenv("POSTHOG_HOST"), props.getProperty("posthog.host"), PostHogKeys.DEFAULT_HOST);
        this.projectApiKey = firstNonBlank(System.getenv("POSTHOG_API_KEY"), props.getProperty("posthog.api.key"), PostHogKeys.PUBLIC_PROJECT_KEY);
        this.projectId = firstNonBlank(System.getenv("POSTHOG_PROJECT_ID"), props.getProperty("posthog.project.id"), "0");
        String envPersonal = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (envPersonal != null && !envPersonal.isBlank()) {
            this.personalApiKey = envPersonal;
            this.personalKeySource = KeySource.ENVIRONMENT;
        } else if (props.getProperty("posthog.personal.api.key") != null) {
            this.personalApiKey = props.getProperty("posthog.personal.api.key");
            this.personalKeySource = KeySource.PROPERTIES;
        } else {
            this.personalApiKey = null;
            this.personalKeySource = KeySource.NONE;
        }
        this.secureApiKey = firstNonBlank(System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"), null, PostHogKeys.STAGING_SECURE_KEY);
        this.adminToken = firstNonBlank(System.getenv("FLAGHUB_ADMIN_TOKEN"), null, "change-me");
        this.pollSeconds = Integer.parseInt(props.getProperty("flaghub.poll.seconds", "30"));
        this.sdkDebug = Boolean.parseBoolean(System.getenv("FLAGHUB_DEBUG_SDK"));
    }

    public static HubConfig get() {
        if (instance == null) {
            synchronized (HubConfig.class) {
                if (instance == null) {
                    instance = new HubConfig(loadProperties());
                }
            }
        }
        return instance;
    }

    static Properties loadProperties() {
        Properties props = new Properties();
        try (InputStream in = HubConfig.class.getResourceAsStream("/flaghub.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read flaghub.properties", e);
        }
        return props;
    }

    private static String firstNonBlank(String a, String b, String fallback) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        if (b != null && !b.isBlank()) {
            return b;
        }
        return fallback;
    }

    public String host() { return host; }
    public String projectApiKey() { return projectApiKey; }
    public String projectId() { return projectId; }
    public String personalApiKey() { return personalApiKey; }
    public KeySource personalKeySource() { return personalKeySource; }
    public String secureApiKey() { return secureApiKey; }
    public String adminToken() { return adminToken; }
    public int pollSeconds() { return pollSeconds; }
    public boolean sdkDebug() { return sdkDebug; }

    @Override
    public String toString() {
        return "HubConfig{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", projectId=" + projectId
                + ", personalApiKey=" + personalApiKey
                + ", pollSeconds=" + pollSeconds
                + ", sdkDebug=" + sdkDebug + "}";
    }
}
