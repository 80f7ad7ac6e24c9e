package com.larkspur.ledger.config;

import com.larkspur.ledger.util.Redactor;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

/**
 * Typed view over the {@code larkspur} block of application.conf.
 */
public final class LedgerSettings {

    private final int port;
    private final String posthogHost;
    private final String apiHost;
    private final String projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String flagsSecureKey;
    private final boolean verboseAnalytics;
    private final String signingSecret;

    private LedgerSettings(Config c) {
        Config ph = c.getConfig("posthog");
        this.port = c.getInt("grpc.port");
        this.posthogHost = ph.getString("host");
        this.apiHost = ph.getString("api-host");
        this.projectId = ph.getString("project-id");
        this.projectApiKey = ph.hasPath("project-api-key")
                ? ph.getString("project-api-key") : PostHogKeys.DEFAULT_PROJECT_KEY;
        this.personalApiKey = ph.hasPath("personal-api-key") ? ph.getString("personal-api-key") : null;
        this.flagsSecureKey = ph.hasPath("feature-flags-secure-key")
                ? ph.getString("feature-flags-secure-key") : PostHogKeys.FLAGS_SECURE_KEY_FALLBACK;
        this.verboseAnalytics = ph.getBoolean("verbose");
        this.signingSecret = c.getString("ledger.signing-secret");
    }

    public static LedgerSettings load() {
        return new LedgerSettings(ConfigFactory.load().getConfig("larkspur"));
    }

    public int port() {
        return port;
    }

    public String posthogHost() {
        return posthogHost;
    }

    public String apiHost() {
        return apiHost;
    }

    public String projectId() {
        return projectId;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String flagsSecureKey() {
        return flagsSecureKey;
    }

    public boolean verboseAnalytics() {
        return verboseAnalytics;
    }

    public String signingSecret() {
        return signingSecret;
    }

    /** Safe one-line summary for startup logs. */
    public String describe() {
        return "host=" + posthogHost + ", project=" + projectId
                + ", personalKey=" + Redactor.mask(personalApiKey)
                + ", flagsKey=" + Redactor.mask(flagsSecureKey);
    }

    @Override
    public String toString() {
        return "LedgerSettings{port=" + port
                + ", posthogHost='" + posthogHost + '\''
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", verboseAnalytics=" + verboseAnalytics + '}';
    }
}
