package com.lumenlabs.flagbot.config;

import io.github.cdimascio.dotenv.Dotenv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Resolves settings in this order: process environment, {@code .env} in the working
 * directory, then the {@code flagbot.properties} defaults bundled in the jar.
 */
public final class EnvLoader {

    private static final Logger log = LoggerFactory.getLogger(EnvLoader.class);

    public static final String PERSONAL_API_KEY_VAR = "POSTHOG_PERSONAL_API_KEY";

    private final Dotenv dotenv;
    private final Properties defaults;

    public EnvLoader() {
        this.dotenv = Dotenv.configure().ignoreIfMissing().ignoreIfMalformed().load();
        this.defaults = loadDefaults();
    }

    private static Properties loadDefaults() {
        Properties props = new Properties();
        try (InputStream in = EnvLoader.class.getResourceAsStream("/flagbot.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read flagbot.properties", e);
        }
        log.debug("Loaded bundled defaults: {}", props);
        return props;
    }

    /** Environment variable or .env entry, or null. */
    public String get(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = dotenv.get(name);
        }
        return value == null || value.isBlank() ? null : value;
    }

    public String get(String name, String propertyName, String fallback) {
        String value = get(name);
        if (value == null) {
            value = defaults.getProperty(propertyName);
        }
        if (value == null || value.startsWith("${")) {
            return fallback;
        }
        return value;
    }

    public int getInt(String name, String propertyName, int fallback) {
        String value = get(name, propertyName, null);
        return value == null ? fallback : Integer.parseInt(value.trim());
    }
}
