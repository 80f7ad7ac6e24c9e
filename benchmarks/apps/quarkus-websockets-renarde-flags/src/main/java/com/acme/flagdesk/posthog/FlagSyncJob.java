package com.acme.flagdesk.posthog;

import java.time.Instant;

/**
 * One run of the flag synchronisation against PostHog.
 */
public final class FlagSyncJob {

    private final long projectId;
    private final String secureKey;
    private final Instant startedAt;
    private int flagsSeen;

    public FlagSyncJob(long projectId, String secureKey, Instant startedAt) {
        this.projectId = projectId;
        this.secureKey = secureKey;
        this.startedAt = startedAt;
    }

    public long projectId() {
        return projectId;
    }

    public String secureKey() {
        return secureKey;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public int flagsSeen() {
        return flagsSeen;
    }

    public void recordFlags(int count) {
        this.flagsSeen += count;
    }

    @Override
    public String toString() {
        return "FlagSyncJob{projectId=" + projectId
                + ", secureKey=" + secureKey
                + ", startedAt=" + startedAt
                + ", flagsSeen=" + flagsSeen + '}';
    }
}
