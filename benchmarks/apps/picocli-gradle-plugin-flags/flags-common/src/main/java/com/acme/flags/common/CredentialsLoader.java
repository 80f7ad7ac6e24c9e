package com.acme.flags.common;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves PostHog credentials. Order: gradle.properties (when running inside Gradle),
 * environment variables, then ~/.posthog/credentials.
 */
public final class CredentialsLoader {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialsLoader.class);

    public static final String ENV_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String ENV_PROJECT_API_KEY = "POSTHOG_API_KEY";
    public static final String ENV_HOST = "POSTHOG_HOST";
    public static final String ENV_PROJECT_ID = "POSTHOG_PROJECT_ID";

    private final Path credentialsFile;

    public CredentialsLoader() {
        this(defaultCredentialsFile());
    }

    public CredentialsLoader(Path credentialsFile) {
        this.credentialsFile = credentialsFile;
    }

    public static Path defaultCredentialsFile() {
        return Paths.get(System.getProperty("user.home"),
                PostHogDefaults.CREDENTIALS_DIR, PostHogDefaults.CREDENTIALS_FILE);
    }

    public PostHogCredentials load(Map<String, ?> gradleProperties) {
        Properties file = readCredentialsFile();

        PostHogCredentials.Source source = PostHogCredentials.Source.GRADLE_PROPERTY;
        String personalKey = asString(gradleProperties.get("posthog.personalApiKey"));
        if (personalKey == null) {
            personalKey = System.getenv(ENV_PERSONAL_API_KEY);
            source = PostHogCredentials.Source.ENVIRONMENT;
        }
        if (personalKey == null) {
            personalKey = file.getProperty("personal_api_key");
            source = personalKey != null ? PostHogCredentials.Source.CREDENTIALS_FILE : PostHogCredentials.Source.NONE;
            if (personalKey != null) {
                LOG.debug("Read personal API key {} from {}", personalKey, credentialsFile);
            }
        }

        String projectKey = firstNonNull(asString(gradleProperties.get("posthog.projectApiKey")),
                System.getenv(ENV_PROJECT_API_KEY), file.getProperty("project_api_key"));
        String host = firstNonNull(asString(gradleProperties.get("posthog.host")),
                System.getenv(ENV_HOST), file.getProperty("host"), PostHogDefaults.DEFAULT_HOST);
        String projectId = firstNonNull(asString(gradleProperties.get("posthog.projectId")),
                System.getenv(ENV_PROJECT_ID), file.getProperty("project_id"));

        LOG.info("PostHog credentials resolved from {}", source);
        if (personalKey != null) {
            LOG.debug("Personal API key present ({} characters)", personalKey.length());
        }
        return new PostHogCredentials(host, projectKey, personalKey, projectId, source);
    }

    private Properties readCredentialsFile() {
        Properties props = new Properties();
        if (credentialsFile == null || !Files.isReadable(credentialsFile)) {
            return props;
        }
        try (Reader reader = Files.newBufferedReader(credentialsFile)) {
            props.load(reader);
        } catch (IOException e) {
            LOG.warn("Could not read {}: {}", credentialsFile, e.getMessage());
        }
        return props;
    }

    private static String asString(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : s;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
