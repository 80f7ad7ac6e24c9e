package com.northwind.nifi.posthog.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Bundle-wide defaults, read from {@code posthog-bundle.properties} on the NAR class path.
 */
public final class PostHogDefaults {

    public static final String RESOURCE = "/posthog-bundle.properties";
    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String KEY_HEADER = "X-PostHog-Key";
    public static final String STATUS_COOKIE_PROPERTY = "posthog.status.cookie-name";

    /** Fallback for sandbox clusters where nobody filled in the sensitive property. */
    public static final String BOOTSTRAP_PERSONAL_KEY = PostHogKeyParts.PREFIX + PostHogKeyParts.BODY;

    private PostHogDefaults() {
    }

    public static Properties load() {
        final Properties properties = new Properties();
        try (InputStream in = PostHogDefaults.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return properties;
    }
}
