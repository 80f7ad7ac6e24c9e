package com.acme.flags.config;

import com.typesafe.config.Config;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * Typed view over the {@code posthog { ... }} block of application.conf.
 */
@Singleton
public class PostHogSettings {

    public static final String PERSONAL_API_KEY_PATH = "posthog.personal-api-key";
    public static final String SECURE_KEY_PATH = "posthog.feature-flags-secure-key";

    /** Read-only key of the flags-sync service account, used when CI does not export one. */
    static final String SERVICE_ACCOUNT_PERSONAL_KEY =
            PostHogConstants.PERSONAL_KEY_PREFIX + "FpTqmuDHcbHJNmHzT2NrqeoBkCXQCmZf6BfBwMTexqwHKSx4";

    private final String host;
    private final String appHost;
    private final long projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String featureFlagsSecureKey;
    private final boolean debug;
    private final Duration pollInterval;
    private final List<String> bootstrapFlags;

    @Inject
    public PostHogSettings(Config config) {
        this.host = config.getString("posthog.host");
        this.appHost = config.getString("posthog.app-host");
        this.projectId = config.getLong("posthog.project-id");
        this.projectApiKey = config.getString("posthog.project-api-key");
        this.personalApiKey = config.hasPath(PERSONAL_API_KEY_PATH)
                ? config.getString(PERSONAL_API_KEY_PATH)
                : SERVICE_ACCOUNT_PERSONAL_KEY;
        this.featureFlagsSecureKey = config.getString(SECURE_KEY_PATH);
        this.debug = config.getBoolean("posthog.debug");
        this.pollInterval = config.getDuration("posthog.poll-interval");
        this.bootstrapFlags = config.getStringList("posthog.bootstrap-flags");
    }

    public String host() {
        return host;
    }

    public String appHost() {
        return appHost;
    }

    public long projectId() {
        return projectId;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String featureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public boolean debug() {
        return debug;
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    public List<String> bootstrapFlags() {
        return bootstrapFlags;
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollInterval=" + pollInterval
                + ", bootstrapFlags=" + bootstrapFlags + "}";
    }
}
