package com.acme.startupmetrics.config;

import com.acme.startupmetrics.util.Secrets;

/**
 * Immutable agent configuration, resolved once in premain/agentmain.
 */
public final class AgentConfig {

    /** Where a configuration value was found, in lookup order. */
    public enum KeySource {
        AGENT_ARGUMENT,
        SYSTEM_PROPERTY,
        ENVIRONMENT,
        PROPERTIES_FILE,
        BUILT_IN,
        NONE
    }

    private final String projectApiKey;
    private final String personalApiKey;
    private final KeySource personalApiKeySource;
    private final String secureApiKey;
    private final String host;
    private final String distinctId;
    private final String mainClass;
    private final boolean debug;
    private final int statusPort;
    private final String statusToken;
    private final long flushIntervalSeconds;

    public AgentConfig(String projectApiKey, String personalApiKey, KeySource personalApiKeySource,
                       String secureApiKey, String host, String distinctId, String mainClass,
                       boolean debug, int statusPort, String statusToken, long flushIntervalSeconds) {
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.personalApiKeySource = personalApiKeySource;
        this.secureApiKey = secureApiKey;
        this.host = host;
        this.distinctId = distinctId;
        this.mainClass = mainClass;
        this.debug = debug;
        this.statusPort = statusPort;
        this.statusToken = statusToken;
        this.flushIntervalSeconds = flushIntervalSeconds;
    }

    public String projectApiKey() { return projectApiKey; }
    public String personalApiKey() { return personalApiKey; }
    public KeySource personalApiKeySource() { return personalApiKeySource; }
    public String secureApiKey() { return secureApiKey; }
    public String host() { return host; }
    public String distinctId() { return distinctId; }
    public String mainClass() { return mainClass; }
    public boolean debug() { return debug; }
    public int statusPort() { return statusPort; }
    public String statusToken() { return statusToken; }
    public long flushIntervalSeconds() { return flushIntervalSeconds; }

    /** Masked form for status pages. */
    public String toSafeString() {
        return "AgentConfig{projectApiKey=" + projectApiKey
                + ", personalApiKey=" + Secrets.mask(personalApiKey)
                + ", secureApiKey=" + Secrets.mask(secureApiKey)
                + ", host=" + host + ", debug=" + debug + "}";
    }

    @Override
    public String toString() {
        return "AgentConfig{projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + " (" + personalApiKeySource + ")"
                + ", secureApiKey=" + secureApiKey
                + ", host=" + host
                + ", distinctId=" + distinctId
                + ", mainClass=" + mainClass
                + ", debug=" + debug
                + ", statusPort=" + statusPort
                + ", flushIntervalSeconds=" + flushIntervalSeconds + "}";
    }
}
