package com.northwind.flagsgateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class PostHogSettings {

    public enum KeyKind { PERSONAL, SECURE, NONE }

    @Inject
    @ConfigProperty(name = "posthog.api.key", defaultValue = PostHogDefaults.PUBLIC_PROJECT_KEY)
    String projectKey;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = PostHogDefaults.EU_INGEST_HOST)
    String host;

    @Inject
    @ConfigProperty(name = "posthog.private-api-host", defaultValue = PostHogDefaults.EU_APP_HOST)
    String privateApiHost;

    @Inject
    @ConfigProperty(name = "posthog.project-id")
    long projectId;

    @Inject
    @ConfigProperty(name = PostHogDefaults.PERSONAL_KEY_PROPERTY)
    String personalApiKey;

    @Inject
    @ConfigProperty(name = PostHogDefaults.SECURE_KEY_PROPERTY)
    Optional<String> secureFlagsKey;

    @Inject
    @ConfigProperty(name = "posthog.reporting.project-key")
    String reportingProjectKey;

    @Inject
    @ConfigProperty(name = "posthog.debug", defaultValue = "false")
    boolean debug;

    @Inject
    @ConfigProperty(name = "posthog.bootstrap.flags")
    List<String> bootstrapFlags;

    @Inject
    @ConfigProperty(name = "posthog.beta-cohort-id", defaultValue = "0")
    int betaCohortId;

    public String getProjectKey() {
        return projectKey;
    }

    public String getHost() {
        return host;
    }

    public String getPrivateApiHost() {
        return privateApiHost;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecureFlagsKey() {
        return secureFlagsKey.orElse(null);
    }

    public String getReportingProjectKey() {
        return reportingProjectKey;
    }

    public boolean isDebug() {
        return debug;
    }

    public List<String> getBootstrapFlags() {
        return bootstrapFlags;
    }

    public int getBetaCohortId() {
        return betaCohortId;
    }

    public KeyKind keyKind() {
        if (secureFlagsKey.isPresent()) {
            return KeyKind.SECURE;
        }
        if (personalApiKey != null && personalApiKey.startsWith(PostHogDefaults.PERSONAL_KEY_PREFIX)) {
            return KeyKind.PERSONAL;
        }
        return KeyKind.NONE;
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectId=" + projectId
                + ", projectKey=" + projectKey
                + ", personalApiKey=" + personalApiKey
                + ", debug=" + debug
                + ", bootstrapFlags=" + bootstrapFlags + '}';
    }
}
