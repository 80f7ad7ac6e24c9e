package com.kestrelworks.flagrelay.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

@ApplicationScoped
public class PostHogSettings {

    private static final Logger LOG = Logger.getLogger(PostHogSettings.class);

    @Inject
    @ConfigProperty(name = "posthog.api.key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://us.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.personal-api-key")
    Optional<String> personalApiKey;

    @Inject
    @ConfigProperty(name = "posthog.feature-flags-secure-api-key")
    String secureFlagsKey;

    @Inject
    @ConfigProperty(name = "posthog.poll-interval-seconds", defaultValue = "30")
    int pollIntervalSeconds;

    @Inject
    @ConfigProperty(name = "posthog.debug", defaultValue = "false")
    boolean debug;

    @PostConstruct
    void validate() {
        if (personalApiKey.isEmpty()) {
            LOG.warnf("Config property %s is not set, using the feature flags secure key", "posthog.personal-api-key");
        }
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getHost() {
        return host;
    }

    public String getPersonalApiKey() {
        return personalApiKey.orElse(secureFlagsKey);
    }

    public String getSecureFlagsKey() {
        return secureFlagsKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public boolean isDebug() {
        return debug;
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + getPersonalApiKey()
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", debug=" + debug + "}";
    }
}
