package com.brindlewood.tenantportal.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Reads {@code portal.properties} from the classpath once. Environment variables win over the
 * file: {@code posthog.personal.api.key} can be overridden with {@code POSTHOG_PERSONAL_API_KEY}.
 */
public final class PortalProperties {

    private static final Logger LOG = LogManager.getLogger(PortalProperties.class);
    private static final String RESOURCE = "/portal.properties";

    private final Properties values;

    private PortalProperties(Properties values) {
        this.values = values;
    }

    public static PortalProperties load() {
        Properties p = new Properties();
        try (InputStream in = PortalProperties.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warn("{} not found on the classpath, using environment only", RESOURCE);
            } else {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        LOG.info("Loaded {} entries from {}", p.size(), RESOURCE);
        return new PortalProperties(p);
    }

    public String get(String key) {
        String envName = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        String fromEnv = System.getenv(envName);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.trim();
        }
        return values.getProperty(key);
    }

    public String get(String key, String defaultValue) {
        String value = get(key);
        return value == null || value.isBlank() ? defaultValue : value;
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        String value = get(key);
        return value == null ? defaultValue : Boolean.parseBoolean(value);
    }

    public int getInt(String key, int defaultValue) {
        String value = get(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            LOG.warn("Property {} is not a number, using {}", key, defaultValue);
            return defaultValue;
        }
    }
}
