package io.ferncast.api.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class AnalyticsSettings {

    @Inject
    @ConfigProperty(name = "posthog.api.key")
    String projectKey;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://us.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.personal.api.key")
    Optional<String> personalKey;

    @Inject
    @ConfigProperty(name = "posthog.flags.secure.key")
    Optional<String> flagsSecureKey;

    @Inject
    @ConfigProperty(name = "posthog.project.id")
    long projectId;

    public String projectKey() {
        return projectKey;
    }

    public String host() {
        return host;
    }

    public String personalKey() {
        return personalKey.orElse(null);
    }

    public String flagsSecureKey() {
        return flagsSecureKey.filter(s -> !s.isBlank()).orElse(null);
    }

    public long projectId() {
        return projectId;
    }

    public boolean localEvaluation() {
        return personalKey.isPresent() || flagsSecureKey.isPresent();
    }

    @Override
    public String toString() {
        return "AnalyticsSettings{host=" + host + ", projectKey=" + projectKey
                + ", personalKey=" + personalKey.orElse("<none>") + ", projectId=" + projectId + "}";
    }
}
