package com.brightlane.flagsfn.flags;

import java.util.Map;

/**
 * One cached evaluation in the flags-fn-cache table. The session token of the
 * caller is kept so that a logout can purge the entries of that session.
 */
public final class FlagCacheEntry {

    private final String distinctId;
    private final Map<String, Object> flags;
    private final String sessionToken;
    private final long expiresAtEpochSecond;

    public FlagCacheEntry(String distinctId, Map<String, Object> flags, String sessionToken,
                          long expiresAtEpochSecond) {
        this.distinctId = distinctId;
        this.flags = Map.copyOf(flags);
        this.sessionToken = sessionToken;
        this.expiresAtEpochSecond = expiresAtEpochSecond;
    }

    public String distinctId() {
        return distinctId;
    }

    public Map<String, Object> flags() {
        return flags;
    }

    public String sessionToken() {
        return sessionToken;
    }

    public long expiresAtEpochSecond() {
        return expiresAtEpochSecond;
    }

    @Override
    public String toString() {
        return "FlagCacheEntry[distinctId=" + distinctId
                + ", sessionToken=" + sessionToken
                + ", flags=" + flags.keySet()
                + ", expiresAt=" + expiresAtEpochSecond + "]";
    }
}
