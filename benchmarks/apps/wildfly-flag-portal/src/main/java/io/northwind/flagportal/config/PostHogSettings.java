package io.northwind.flagportal.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Single holder of the PostHog settings. Everything else injects this bean instead of reading
 * MicroProfile Config itself.
 */
@ApplicationScoped
public class PostHogSettings {

    private static final Logger LOG = Logger.getLogger(PostHogSettings.class);

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private static final String DEV_FALLBACK_KEY = PortalDefaults.DEV_KEY_PREFIX + PortalDefaults.DEV_KEY_BODY;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = PortalDefaults.DEFAULT_HOST)
    String host;

    @Inject
    @ConfigProperty(name = "posthog.app-host", defaultValue = "https://eu.posthog.com")
    String appHost;

    @Inject
    @ConfigProperty(name = "posthog.api.key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = PERSONAL_KEY_PROPERTY)
    Optional<String> personalApiKey;

    @Inject
    @ConfigProperty(name = "posthog.poll-interval-seconds", defaultValue = "30")
    int pollIntervalSeconds;

    @PostConstruct
    void checkKeys() {
        if (personalApiKey.isEmpty()) {
            LOG.warnf("%s is not set; falling back to the shared dev key", PERSONAL_KEY_PROPERTY);
        }
    }

    public String getHost() {
        return host;
    }

    public String getAppHost() {
        return appHost;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey.orElse(DEV_FALLBACK_KEY);
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey.isPresent();
    }

    public String maskedPersonalApiKey() {
        String key = getPersonalApiKey();
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public Credentials credentials() {
        return new Credentials(projectApiKey, getPersonalApiKey(), host);
    }

    /** The pair of keys the SDK and the sync job need. */
    public record Credentials(String projectApiKey, String personalApiKey, String host) {
    }
}
