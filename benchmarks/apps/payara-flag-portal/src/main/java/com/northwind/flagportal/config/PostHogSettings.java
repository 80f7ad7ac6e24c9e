package com.northwind.flagportal.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single holder for the PostHog configuration. Values come from MicroProfile Config
 * (microprofile-config.properties, overridden by environment variables in the container).
 */
@ApplicationScoped
public class PostHogSettings {

    /** Name of the property, used in error messages and the admin page help text. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    // TODO(PLAT-412): drop the staging fallback once every developer has a personal key
    static final String FALLBACK_PERSONAL_KEY = StagingDefaults.PH_PREFIX + StagingDefaults.PH_BODY;

    @Inject
    @ConfigProperty(name = "posthog.api-key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = "posthog.personal-api-key")
    Optional<String> personalApiKey;

    @Inject
    @ConfigProperty(name = "posthog.feature-flags-secure-api-key")
    String secureApiKey;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.project-id", defaultValue = "48213")
    long projectId;

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey.filter(k -> !k.isBlank()).orElse(FALLBACK_PERSONAL_KEY);
    }

    public String getSecureApiKey() {
        return secureApiKey;
    }

    public String getHost() {
        return host;
    }

    public long getProjectId() {
        return projectId;
    }

    public PostHogCredentials credentials() {
        return new PostHogCredentials(projectApiKey, getPersonalApiKey(), host);
    }

    /** Shows a key the way PostHog does: first four and last four characters. */
    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
