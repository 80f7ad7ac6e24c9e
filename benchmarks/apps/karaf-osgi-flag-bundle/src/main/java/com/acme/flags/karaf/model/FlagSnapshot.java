package com.acme.flags.karaf.model;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;

/**
 * Result of one local-evaluation refresh, kept in memory and shown by the diagnostics servlet.
 */
public final class FlagSnapshot {

    private final Map<String, Boolean> flags;
    private final Instant refreshedAt;
    private final String host;
    private final String personalApiKey;

    public FlagSnapshot(Map<String, Boolean> flags, Instant refreshedAt, String host, String personalApiKey) {
        this.flags = Collections.unmodifiableMap(flags);
        this.refreshedAt = refreshedAt;
        this.host = host;
        this.personalApiKey = personalApiKey;
    }

    public Map<String, Boolean> getFlags() {
        return flags;
    }

    public Instant getRefreshedAt() {
        return refreshedAt;
    }

    public String getHost() {
        return host;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    @Override
    public String toString() {
        return "FlagSnapshot{flags=" + flags.size()
                + ", refreshedAt=" + refreshedAt
                + ", host='" + host + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + '}';
    }
}
