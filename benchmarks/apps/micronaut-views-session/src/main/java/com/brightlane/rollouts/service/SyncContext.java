package com.brightlane.rollouts.service;

import java.time.Instant;

/** Everything one flag sync run needs; kept together so that a run can be logged and replayed. */
public record SyncContext(long projectId, String apiHost, String personalApiKey, Instant startedAt) {

    public String bearer() {
        return "Bearer " + personalApiKey;
    }
}
