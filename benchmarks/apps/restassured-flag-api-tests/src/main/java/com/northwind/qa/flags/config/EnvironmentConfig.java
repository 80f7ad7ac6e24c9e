package com.northwind.qa.flags.config;

import java.util.Objects;

/**
 * Resolved settings for one test environment (local, staging).
 */
public final class EnvironmentConfig {

    private final String name;
    private final String flagServiceBaseUri;
    private final String flagServiceToken;
    private final String adminUser;
    private final String adminPassword;
    private final String postHogHost;
    private final String projectApiKey;
    private final String personalApiKey;
    private final long projectId;
    private final boolean postHogDebug;

    public EnvironmentConfig(String name, String flagServiceBaseUri, String flagServiceToken,
                             String adminUser, String adminPassword, String postHogHost,
                             String projectApiKey, String personalApiKey, long projectId,
                             boolean postHogDebug) {
        this.name = Objects.requireNonNull(name);
        this.flagServiceBaseUri = flagServiceBaseUri;
        this.flagServiceToken = flagServiceToken;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.postHogHost = postHogHost;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.projectId = projectId;
        this.postHogDebug = postHogDebug;
    }

    public String name() { return name; }
    public String flagServiceBaseUri() { return flagServiceBaseUri; }
    public String flagServiceToken() { return flagServiceToken; }
    public String adminUser() { return adminUser; }
    public String adminPassword() { return adminPassword; }
    public String postHogHost() { return postHogHost; }
    public String projectApiKey() { return projectApiKey; }
    public String personalApiKey() { return personalApiKey; }
    public long projectId() { return projectId; }
    public boolean postHogDebug() { return postHogDebug; }

    public boolean isLocal() {
        return "local".equals(name);
    }

    @Override
    public String toString() {
        return "EnvironmentConfig{name=" + name
                + ", flagServiceBaseUri=" + flagServiceBaseUri
                + ", adminUser=" + adminUser
                + ", postHogHost=" + postHogHost
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", projectId=" + projectId + "}";
    }
}
