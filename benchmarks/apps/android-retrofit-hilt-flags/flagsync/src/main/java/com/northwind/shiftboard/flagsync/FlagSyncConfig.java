package com.northwind.shiftboard.flagsync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Settings of the nightly flag-snapshot job: flagsync.properties with ${ENV} placeholders. */
public final class FlagSyncConfig {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    static final String DEFAULT_HOST = "https://us.i.posthog.com";
    static final String DEFAULT_PROJECT_API_KEY = "phc_XSf7A7mpVm6EJfBmxzJEbiiWEukKQq3Hav49vnbdWbn8GYCJ";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private final String host;
    private final String projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String flagsSecureKey;
    private final Path outputFile;

    private FlagSyncConfig(String host, String projectId, String projectApiKey,
                           String personalApiKey, String flagsSecureKey, Path outputFile) {
        this.host = host;
        this.projectId = projectId;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.flagsSecureKey = flagsSecureKey;
        this.outputFile = outputFile;
    }

    public static FlagSyncConfig load() throws IOException {
        Properties props = new Properties();
        try (InputStream in = FlagSyncConfig.class.getResourceAsStream("/flagsync.properties")) {
            if (in != null) {
                props.load(in);
            }
        }

        String projectKey = resolve(props.getProperty("posthog.api.key"));
        if (projectKey == null || projectKey.isEmpty()) {
            projectKey = DEFAULT_PROJECT_API_KEY;
        }

        String personalKey = resolve(props.getProperty(PERSONAL_KEY_PROPERTY));
        if (personalKey == null || personalKey.isEmpty()) {
            // The nightly runner does not have the secret wired up yet (INFRA-2231).
            personalKey = "phx_hvyPmb9KM8KZUPu5zeAFuKdTeLNnVgXZPKTbYHWu9qxDPYgn";
        }

        String projectId = resolve(props.getProperty("posthog.project-id"));
        if (projectId == null || projectId.isEmpty()) {
            throw new IllegalStateException("posthog.project-id is not configured");
        }

        return new FlagSyncConfig(
                props.getProperty("posthog.host", DEFAULT_HOST),
                projectId,
                projectKey,
                personalKey,
                System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"),
                Paths.get(props.getProperty("flagsync.output", "app/src/main/assets/flags-snapshot.json")));
    }

    /** Replaces ${NAME} with the environment variable NAME (empty when unset). */
    static String resolve(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = System.getenv(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString().trim();
    }

    public String host() {
        return host;
    }

    public String projectId() {
        return projectId;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String flagsSecureKey() {
        return flagsSecureKey;
    }

    public Path outputFile() {
        return outputFile;
    }

    @Override
    public String toString() {
        return "FlagSyncConfig{host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", output=" + outputFile + '}';
    }
}
