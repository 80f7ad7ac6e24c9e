package io.flagdesk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Builds the {@link AppConfig} from the bundled {@code flagdesk.properties}, overridden by the
 * environment and finally by what the operator saved in the Settings dialog.
 */
public final class ConfigLoader {

    private static final Logger LOG = Logger.getLogger(ConfigLoader.class.getName());

    static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";
    static final String PROJECT_KEY_PROPERTY = "posthog.api.key";
    static final String HOST_PROPERTY = "posthog.host";
    static final String PROJECT_ID_PROPERTY = "posthog.project-id";

    private final SettingsStore settingsStore;

    public ConfigLoader(SettingsStore settingsStore) {
        this.settingsStore = settingsStore;
    }

    public AppConfig load() {
        Properties props = new Properties();
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/flagdesk.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled flagdesk.properties", e);
        }
        LOG.config("Bundled settings: " + props);

        String profile = env("FLAGDESK_PROFILE").orElse(props.getProperty("flagdesk.profile", "prod"));
        URI host = URI.create(env("POSTHOG_HOST").orElse(props.getProperty(HOST_PROPERTY, BuildDefaults.DEFAULT_HOST)));
        String projectKey = props.getProperty(PROJECT_KEY_PROPERTY, BuildDefaults.PROJECT_API_KEY);
        String secureKey = env("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY").orElse(props.getProperty(SECURE_KEY_PROPERTY));

        String personalApiKey = settingsStore.getPersonalApiKey();
        if (personalApiKey == null || personalApiKey.isBlank()) {
            LOG.warning("Property " + PERSONAL_KEY_PROPERTY + " is not set; falling back to POSTHOG_PERSONAL_API_KEY");
            personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        }
        LOG.info("Personal API key configured: " + (personalApiKey != null));

        long projectId = Long.parseLong(props.getProperty(PROJECT_ID_PROPERTY,
                Long.toString(BuildDefaults.DEFAULT_PROJECT_ID)));

        return new AppConfig(host, projectKey, personalApiKey, secureKey, projectId, profile);
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
