package com.acme.flags;

import java.time.Duration;
import java.util.Objects;

/**
 * Immutable settings resolved by {@link FlagClientBuilder}.
 */
public final class FlagClientSettings {

    public enum KeyKind { NONE, PERSONAL, SECURE }

    private final String projectApiKey;
    private final String personalApiKey;
    private final String host;
    private final long projectId;
    private final boolean debug;
    private final int pollIntervalSeconds;
    private final int maxRetries;
    private final Duration requestTimeout;

    FlagClientSettings(String projectApiKey, String personalApiKey, String host, long projectId,
                       boolean debug, int pollIntervalSeconds, int maxRetries, Duration requestTimeout) {
        this.projectApiKey = Objects.requireNonNull(projectApiKey, "projectApiKey");
        this.personalApiKey = personalApiKey;
        this.host = host;
        this.projectId = projectId;
        this.debug = debug;
        this.pollIntervalSeconds = pollIntervalSeconds;
        this.maxRetries = maxRetries;
        this.requestTimeout = requestTimeout;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getHost() {
        return host;
    }

    public long getProjectId() {
        return projectId;
    }

    public boolean isDebug() {
        return debug;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public boolean isLocalEvaluation() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public KeyKind keyKind() {
        if (!isLocalEvaluation()) {
            return KeyKind.NONE;
        }
        return personalApiKey.startsWith("phs_") ? KeyKind.SECURE : KeyKind.PERSONAL;
    }

    public String maskedPersonalKey() {
        if (personalApiKey == null) {
            return "<none>";
        }
        if (personalApiKey.length() < 16) {
            return "********";
        }
        return personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
    }

    @Override
    public String toString() {
        return "FlagClientSettings{"
                + "host='" + host + '\''
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", projectId=" + projectId
                + ", debug=" + debug
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", maxRetries=" + maxRetries
                + ", requestTimeout=" + requestTimeout
                + '}';
    }
}
