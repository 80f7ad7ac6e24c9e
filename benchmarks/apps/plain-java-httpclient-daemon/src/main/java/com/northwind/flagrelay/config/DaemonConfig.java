package com.northwind.flagrelay.config;

import java.util.Objects;

/**
 * Immutable, fully resolved configuration of the relay daemon.
 */
public final class DaemonConfig {

    /** Which kind of server-side credential the relay polls PostHog with. */
    public enum CredentialKind {
        SECURE_API_KEY,
        PERSONAL_API_KEY,
        NONE
    }

    private final String posthogHost;
    private final String appHost;
    private final long projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String secureApiKey;
    private final int pollIntervalSeconds;
    private final boolean sdkDebug;
    private final boolean demoMode;
    private final int statusPort;
    private final String statusAdminToken;
    private final String slackBotToken;
    private final String slackChannel;
    private final String proxyHost;
    private final int proxyPort;
    private final String proxyUser;
    private final String proxyPassword;

    DaemonConfig(Builder b) {
        this.posthogHost = Objects.requireNonNull(b.posthogHost, "posthog.host");
        this.appHost = Objects.requireNonNull(b.appHost, "posthog.app-host");
        this.projectId = b.projectId;
        this.projectApiKey = b.projectApiKey;
        this.personalApiKey = b.personalApiKey;
        this.secureApiKey = b.secureApiKey;
        this.pollIntervalSeconds = b.pollIntervalSeconds;
        this.sdkDebug = b.sdkDebug;
        this.demoMode = b.demoMode;
        this.statusPort = b.statusPort;
        this.statusAdminToken = b.statusAdminToken;
        this.slackBotToken = b.slackBotToken;
        this.slackChannel = b.slackChannel;
        this.proxyHost = b.proxyHost;
        this.proxyPort = b.proxyPort;
        this.proxyUser = b.proxyUser;
        this.proxyPassword = b.proxyPassword;
    }

    public String posthogHost() { return posthogHost; }
    public String appHost() { return appHost; }
    public long projectId() { return projectId; }
    public String projectApiKey() { return projectApiKey; }
    public String personalApiKey() { return personalApiKey; }
    public String secureApiKey() { return secureApiKey; }
    public int pollIntervalSeconds() { return pollIntervalSeconds; }
    public boolean sdkDebug() { return sdkDebug; }
    public boolean demoMode() { return demoMode; }
    public int statusPort() { return statusPort; }
    public String statusAdminToken() { return statusAdminToken; }
    public String slackBotToken() { return slackBotToken; }
    public String slackChannel() { return slackChannel; }
    public String proxyHost() { return proxyHost; }
    public int proxyPort() { return proxyPort; }
    public String proxyUser() { return proxyUser; }
    public String proxyPassword() { return proxyPassword; }

    public boolean hasProxy() {
        return proxyHost != null && !proxyHost.isBlank();
    }

    /** The feature flags secure key is preferred; the personal key is the legacy fallback. */
    public String serverKey() {
        return secureApiKey != null ? secureApiKey : personalApiKey;
    }

    public CredentialKind credentialKind() {
        if (secureApiKey != null) {
            return CredentialKind.SECURE_API_KEY;
        }
        return personalApiKey != null ? CredentialKind.PERSONAL_API_KEY : CredentialKind.NONE;
    }

    public PollerCredentials pollerCredentials() {
        return new PollerCredentials(projectApiKey, serverKey());
    }

    @Override
    public String toString() {
        return "DaemonConfig{"
                + "posthogHost='" + posthogHost + '\''
                + ", appHost='" + appHost + '\''
                + ", projectId=" + projectId
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", secureApiKey=" + (secureApiKey == null ? "unset" : "set")
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", sdkDebug=" + sdkDebug
                + ", demoMode=" + demoMode
                + ", statusPort=" + statusPort
                + ", slackChannel='" + slackChannel + '\''
                + ", proxy=" + (hasProxy() ? proxyHost + ":" + proxyPort : "none")
                + '}';
    }

    static final class Builder {
        String posthogHost;
        String appHost;
        long projectId;
        String projectApiKey;
        String personalApiKey;
        String secureApiKey;
        int pollIntervalSeconds = PostHogDefaults.DEFAULT_POLL_INTERVAL_SECONDS;
        boolean sdkDebug;
        boolean demoMode;
        int statusPort = PostHogDefaults.DEFAULT_STATUS_PORT;
        String statusAdminToken;
        String slackBotToken;
        String slackChannel;
        String proxyHost;
        int proxyPort;
        String proxyUser;
        String proxyPassword;

        DaemonConfig build() {
            return new DaemonConfig(this);
        }
    }
}
