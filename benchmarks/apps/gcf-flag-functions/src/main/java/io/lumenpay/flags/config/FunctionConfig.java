package io.lumenpay.flags.config;

import io.lumenpay.flags.posthog.PostHogCredentials;
import io.lumenpay.flags.util.KeyMasking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

public final class FunctionConfig {

    private static final Logger LOGGER = Logger.getLogger(FunctionConfig.class.getName());

    private static final String PROPERTIES_FILE = "posthog.properties";
    private static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    private static final String PERSONAL_KEY_SECRET = "posthog-personal-api-key";

    private static volatile FunctionConfig instance;

    private final String projectId;
    private final String projectApiKey;
    private final String host;
    private final String posthogProjectId;
    private final String personalApiKey;
    private final String secureFlagsKey;
    private final String syncApiKey;
    private final String slackBotToken;
    private final String firestoreCollection;
    private final boolean localRun;

    private FunctionConfig(Properties props, SecretManagerSecrets secrets) {
        this.projectId = env("GOOGLE_CLOUD_PROJECT", "lumenpay-flags");
        this.projectApiKey = env("POSTHOG_API_KEY", PostHogKeys.PROJECT_API_KEY);
        this.host = env("POSTHOG_HOST", props.getProperty("posthog.host", PostHogKeys.US_HOST));
        this.posthogProjectId = props.getProperty("posthog.project.id");
        this.syncApiKey = props.getProperty("posthog.sync.api.key");
        this.firestoreCollection = props.getProperty("flags.firestore.collection", "flag_overrides");
        this.localRun = System.getenv("K_SERVICE") == null;

        String personal = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (personal == null || personal.isBlank()) {
            personal = secrets.access(projectId, PERSONAL_KEY_SECRET).orElse(null);
        }
        if (personal == null) {
            LOGGER.warning("Property " + PERSONAL_KEY_PROPERTY + " is not set; local evaluation is disabled");
        }
        this.personalApiKey = personal;

        this.secureFlagsKey = Optional.ofNullable(System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"))
                .filter(value -> !value.isBlank())
                .orElseGet(PostHogKeys::fallbackSecureKey);
        this.slackBotToken = System.getenv("SLACK_BOT_TOKEN");

        boolean apiKeyConfigured = personalApiKey != null;
        LOGGER.info("PostHog personal key configured=" + apiKeyConfigured);
        if (apiKeyConfigured) {
            LOGGER.info("PostHog personal key length=" + personalApiKey.length());
            LOGGER.info("PostHog personal key fingerprint=" + KeyMasking.sha256Hex(personalApiKey));
        }
        LOGGER.config("Previous personal key was " + PostHogKeys.ROTATED_KEY_HINT);

        if (localRun) {
            System.err.println("[local] POSTHOG_PERSONAL_API_KEY=" + personalApiKey + " host=" + host);
        }
    }

    public static FunctionConfig get() {
        FunctionConfig current = instance;
        if (current == null) {
            synchronized (FunctionConfig.class) {
                current = instance;
                if (current == null) {
                    current = new FunctionConfig(loadProperties(), new SecretManagerSecrets());
                    instance = current;
                }
            }
        }
        return current;
    }

    private static Properties loadProperties() {
        Properties props = new Properties();
        try (InputStream in = FunctionConfig.class.getClassLoader().getResourceAsStream(PROPERTIES_FILE)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PROPERTIES_FILE, e);
        }
        return props;
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }

    public PostHogCredentials credentials() {
        return new PostHogCredentials(projectApiKey, personalApiKey, host);
    }

    public String getProjectId() {
        return projectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getHost() {
        return host;
    }

    public String getPosthogProjectId() {
        return posthogProjectId;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecureFlagsKey() {
        return secureFlagsKey;
    }

    public String getSyncApiKey() {
        return syncApiKey;
    }

    public String getSlackBotToken() {
        return slackBotToken;
    }

    public String getFirestoreCollection() {
        return firestoreCollection;
    }

    public boolean isLocalRun() {
        return localRun;
    }
}
