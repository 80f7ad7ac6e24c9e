package com.northwind.flaggate.sync;

import com.northwind.flaggate.integration.FeatureFlagDto;

import java.time.Instant;
import java.util.List;

/**
 * CDI event fired after every successful pull of flag definitions from PostHog.
 * Observers may call PostHog back (flag history, activity log) with the same credential.
 */
public final class FlagsSyncedEvent {

    private final long syncSessionId;
    private final Instant syncedAt;
    private final List<FeatureFlagDto> flags;
    private final List<String> changedKeys;
    private final String personalApiKey;

    public FlagsSyncedEvent(long syncSessionId, Instant syncedAt, List<FeatureFlagDto> flags,
                            List<String> changedKeys, String personalApiKey) {
        this.syncSessionId = syncSessionId;
        this.syncedAt = syncedAt;
        this.flags = List.copyOf(flags);
        this.changedKeys = List.copyOf(changedKeys);
        this.personalApiKey = personalApiKey;
    }

    public long syncSessionId() {
        return syncSessionId;
    }

    public Instant syncedAt() {
        return syncedAt;
    }

    public List<FeatureFlagDto> flags() {
        return flags;
    }

    public List<String> changedKeys() {
        return changedKeys;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    @Override
    public String toString() {
        return "FlagsSyncedEvent{run=" + syncSessionId
                + ", at=" + syncedAt
                + ", flags=" + flags.size()
                + ", changed=" + changedKeys
                + ", credential=" + personalApiKey + '}';
    }
}
