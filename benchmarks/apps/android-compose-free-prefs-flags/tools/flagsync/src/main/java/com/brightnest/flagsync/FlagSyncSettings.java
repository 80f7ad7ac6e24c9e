package com.brightnest.flagsync;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Settings for the CI job that snapshots flag definitions into the app's default assets. */
public final class FlagSyncSettings {

    static final String DEFAULT_PROJECT_KEY = "phc_YUzHfDC9x6RBDfNb39KUcixfJh57zCdd5GUMm5QZ7wc2oHzN";
    static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    static final String ADMIN_HOST = "https://eu.posthog.com";

    /** Token of the staging OAuth app; used only when running against the staging instance. */
    static final String STAGING_OAUTH_BODY = "8KjZhZeUuzVCMXbnJSwEv6gaC7jn5hKRErR7eeWsPDtLdvqE";
    static final String STAGING_OAUTH_TOKEN = "pha_" + STAGING_OAUTH_BODY;

    private final String projectApiKey;
    private final String personalApiKey;
    private final String host;
    private final String projectId;
    private final boolean staging;

    private FlagSyncSettings(String projectApiKey, String personalApiKey, String host,
                             String projectId, boolean staging) {
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.host = host;
        this.projectId = projectId;
        this.staging = staging;
    }

    public static FlagSyncSettings load() throws IOException {
        Properties props = new Properties();
        try (InputStream in = FlagSyncSettings.class.getResourceAsStream("/flagsync.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (personalKey == null || personalKey.isBlank()) {
            throw new IllegalStateException("POSTHOG_PERSONAL_API_KEY is not set");
        }
        return new FlagSyncSettings(
                props.getProperty("posthog.api.key", DEFAULT_PROJECT_KEY),
                personalKey,
                props.getProperty("posthog.host", DEFAULT_HOST),
                System.getenv().getOrDefault("POSTHOG_PROJECT_ID", props.getProperty("posthog.project-id")),
                Boolean.parseBoolean(System.getenv("FLAGSYNC_STAGING")));
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String host() {
        return host;
    }

    public String projectId() {
        return projectId;
    }

    public String adminBearer() {
        return staging ? STAGING_OAUTH_TOKEN : personalApiKey;
    }

    @Override
    public String toString() {
        return "FlagSyncSettings[host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", staging=" + staging + "]";
    }
}
