package com.acme.cohorts.admin;

import java.time.Instant;

/** JSON body of {@code GET /status}, read by the ops dashboard. */
public record StatusView(
        String instance,
        String schedulerState,
        Instant nextFireTime,
        String posthogHost,
        String flagsKey) {
}
