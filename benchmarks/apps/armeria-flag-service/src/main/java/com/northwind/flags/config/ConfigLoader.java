package com.northwind.flags.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.northwind.flags.util.KeyMasker;

/**
 * Plain-Java configuration: environment variables win, then {@code application.properties}.
 * {@code ${NAME}} placeholders in the file are resolved from the environment.
 */
public final class ConfigLoader {

    private static final Logger log = LoggerFactory.getLogger(ConfigLoader.class);

    private static final String RESOURCE = "/application.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Z0-9_]+)}$");
    private static final String STAGING_PERSONAL_KEY = StagingKeyParts.PREFIX + StagingKeyParts.BODY;

    private final Properties props = new Properties();

    public ConfigLoader() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " on the classpath");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        log.debug("Loaded {} entries from {}: {}", props.size(), RESOURCE, props);
    }

    /** Reads a setting: the environment variable first, then the properties file. */
    public String get(String envName, String propertyName) {
        String fromEnv = System.getenv(envName);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.trim();
        }
        return resolve(props.getProperty(propertyName));
    }

    public int getInt(String propertyName, int fallback) {
        String raw = props.getProperty(propertyName);
        return raw == null ? fallback : Integer.parseInt(raw.trim());
    }

    public PostHogSettings loadPostHog() {
        String host = get(EnvNames.POSTHOG_HOST, "posthog.host");
        String apiHost = get(EnvNames.POSTHOG_API_HOST, "posthog.api-host");
        long projectId = Long.parseLong(get(EnvNames.POSTHOG_PROJECT_ID, "posthog.project-id"));
        String projectApiKey = get(EnvNames.POSTHOG_API_KEY, "posthog.api-key");
        String personalApiKey = get(EnvNames.POSTHOG_PERSONAL_API_KEY, "posthog.personal-api-key");
        String secureApiKey = get(EnvNames.POSTHOG_SECURE_API_KEY, "posthog.secure-api-key");

        if (personalApiKey == null && "staging".equals(System.getenv(EnvNames.DEPLOY_ENV))) {
            log.warn("posthog.personal-api-key is not set, falling back to the shared staging key");
            personalApiKey = STAGING_PERSONAL_KEY;
        }
        log.info("PostHog personal key {} ({} chars), secure key configured: {}",
                KeyMasker.mask(personalApiKey),
                personalApiKey == null ? 0 : personalApiKey.length(),
                secureApiKey != null);

        return new PostHogSettings(host, apiHost, projectId, projectApiKey, personalApiKey, secureApiKey,
                getInt("posthog.poll-interval-seconds", 30));
    }

    public PostHogCredentials loadCredentials(PostHogSettings settings) {
        return new PostHogCredentials(
                settings.getPersonalApiKey(),
                settings.getSecureApiKey(),
                System.getenv(EnvNames.POSTHOG_OAUTH_REFRESH_TOKEN));
    }

    private static String resolve(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(raw.trim());
        return m.matches() ? System.getenv(m.group(1)) : raw.trim();
    }
}
