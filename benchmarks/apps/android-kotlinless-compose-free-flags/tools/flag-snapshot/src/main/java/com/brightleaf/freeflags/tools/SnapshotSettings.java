package com.brightleaf.freeflags.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Settings for the CI job that snapshots flag definitions into the app's default assets. */
final class SnapshotSettings {

    static final String HOST_PROPERTY = "posthog.host";
    static final String PROJECT_ID_PROPERTY = "posthog.project-id";
    static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    /** Public project key of the Free Flags Android project (same one the app ships). */
    static final String PROJECT_API_KEY = "phc_5MdW2ouJRnwnzsqHAjyzHejUkoEBtCFmxKkYYp7UPY744Tcq";

    private static final String PLACEHOLDER_KEY = "phx_xxx";

    private final Properties props;

    private SnapshotSettings(Properties props) {
        this.props = props;
    }

    static SnapshotSettings load(Path file) throws IOException {
        Properties props = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            }
        }
        SnapshotSettings settings = new SnapshotSettings(props);
        settings.validate();
        return settings;
    }

    private void validate() {
        String key = personalApiKey();
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("Set " + PERSONAL_KEY_ENV + " or " + PERSONAL_KEY_PROPERTY);
        }
        if (key.startsWith(PLACEHOLDER_KEY)) {
            throw new IllegalStateException(PERSONAL_KEY_PROPERTY + " still holds the example value");
        }
        if (!key.startsWith("phx_") && !key.startsWith("phs_")) {
            throw new IllegalStateException("Configured personal API key " + key
                    + " is neither a personal (phx_) nor a project secret (phs_) key");
        }
    }

    String host() {
        return props.getProperty(HOST_PROPERTY, "https://eu.posthog.com");
    }

    String ingestHost() {
        return host().replace("://eu.posthog.com", "://eu.i.posthog.com")
                .replace("://us.posthog.com", "://us.i.posthog.com");
    }

    String projectId() {
        return props.getProperty(PROJECT_ID_PROPERTY);
    }

    String projectApiKey() {
        return props.getProperty("posthog.project-api-key", PROJECT_API_KEY);
    }

    String personalApiKey() {
        String fromEnv = System.getenv(PERSONAL_KEY_ENV);
        return fromEnv != null ? fromEnv : props.getProperty(PERSONAL_KEY_PROPERTY);
    }
}
