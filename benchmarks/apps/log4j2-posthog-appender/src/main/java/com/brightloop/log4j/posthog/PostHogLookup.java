package com.brightloop.log4j.posthog;

import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.lookup.AbstractLookup;
import org.apache.logging.log4j.core.lookup.StrLookup;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * {@code ${posthog:projectKey}}, {@code ${posthog:personalKey}}, {@code ${posthog:secureKey}} and
 * {@code ${posthog:host}} for log4j2.xml, resolved from system properties first, then the environment.
 */
@Plugin(name = "posthog", category = StrLookup.CATEGORY)
public class PostHogLookup extends AbstractLookup {

    private static final Logger LOGGER = StatusLogger.getLogger();

    @Override
    public String lookup(LogEvent event, String key) {
        String value = switch (key) {
            case "projectKey" -> firstNonBlank(System.getProperty(AppenderDefaults.PROJECT_KEY_PROPERTY),
                    System.getenv("POSTHOG_API_KEY"));
            case "personalKey" -> firstNonBlank(System.getProperty(AppenderDefaults.PERSONAL_KEY_PROPERTY),
                    System.getenv(AppenderDefaults.PERSONAL_KEY_ENV));
            case "secureKey" -> System.getenv(AppenderDefaults.SECURE_KEY_ENV);
            case "host" -> firstNonBlank(System.getenv("POSTHOG_HOST"), AppenderDefaults.DEFAULT_HOST);
            default -> null;
        };
        if (value == null) {
            LOGGER.warn("posthog lookup: nothing found for '{}' (checked property {} and env {})",
                    key, AppenderDefaults.PERSONAL_KEY_PROPERTY, AppenderDefaults.PERSONAL_KEY_ENV);
        } else {
            LOGGER.debug("posthog lookup resolved {} -> {}", key, value);
        }
        return value;
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null || second.isBlank() ? null : second;
    }
}
