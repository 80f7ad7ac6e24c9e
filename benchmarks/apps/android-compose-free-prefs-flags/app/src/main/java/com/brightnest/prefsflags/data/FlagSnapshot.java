package com.brightnest.prefsflags.data;

import java.util.Collections;
import java.util.Map;

/** Result of one flag evaluation round: PostHog flags merged with backend overrides. */
public final class FlagSnapshot {

    private final String distinctId;
    private final String sessionToken;
    private final Map<String, Object> flags;
    private final long fetchedAtMillis;

    public FlagSnapshot(String distinctId, String sessionToken, Map<String, Object> flags, long fetchedAtMillis) {
        this.distinctId = distinctId;
        this.sessionToken = sessionToken;
        this.flags = Collections.unmodifiableMap(flags);
        this.fetchedAtMillis = fetchedAtMillis;
    }

    public String getDistinctId() {
        return distinctId;
    }

    public String getSessionToken() {
        return sessionToken;
    }

    public Map<String, Object> getFlags() {
        return flags;
    }

    public long getFetchedAtMillis() {
        return fetchedAtMillis;
    }

    public boolean isEnabled(String flagKey) {
        return Boolean.TRUE.equals(flags.get(flagKey));
    }

    @Override
    public String toString() {
        return "FlagSnapshot{distinctId=" + distinctId
                + ", session=" + sessionToken
                + ", flags=" + flags
                + ", fetchedAt=" + fetchedAtMillis + "}";
    }
}
