package com.northwind.flags.config;

import com.northwind.flags.util.KeyMasker;
import java.util.List;

/**
 * Resolved PostHog configuration, built once per Lambda container by {@link SettingsLoader}.
 */
public final class PostHogSettings {

    /** Public project token of "Northwind Flags - Production"; it ships in the apps anyway. */
    public static final String DEFAULT_PROJECT_API_KEY = "phc_9R3hroBcosVbXVPsuaj4r4AmJ2Qq88ycWxfPKDcUSYSL";
    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";

    /** Used when the SSM parameter cannot be read (cold starts during the March SSM throttling). */
    static final String FALLBACK_PERSONAL_API_KEY = KeyConstants.PERSONAL_KEY_PREFIX + KeyConstants.SMOKE_KEY_BODY;

    private final String projectApiKey;
    private final String personalApiKey;
    private final String flagsSecureKey;
    private final String host;
    private final int projectId;
    private final List<String> bootstrapFlags;

    PostHogSettings(String projectApiKey, String personalApiKey, String flagsSecureKey,
                    String host, int projectId, List<String> bootstrapFlags) {
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.flagsSecureKey = flagsSecureKey;
        this.host = host;
        this.projectId = projectId;
        this.bootstrapFlags = List.copyOf(bootstrapFlags);
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public String getHost() {
        return host;
    }

    public int getProjectId() {
        return projectId;
    }

    public List<String> getBootstrapFlags() {
        return bootstrapFlags;
    }

    /** The app UI lives on the non-ingestion host, e.g. https://eu.posthog.com. */
    public String getAppHost() {
        return host.replace(".i.posthog.com", ".posthog.com");
    }

    @Override
    public String toString() {
        return "PostHogSettings{projectApiKey=" + projectApiKey
                + ", personalApiKey=" + KeyMasker.mask(personalApiKey)
                + ", flagsSecureKey=" + KeyMasker.mask(flagsSecureKey)
                + ", host=" + host
                + ", projectId=" + projectId
                + ", bootstrapFlags=" + bootstrapFlags + '}';
    }
}
