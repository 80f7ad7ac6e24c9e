package com.larkvale.eventsync.dto;

/** JSON returned by {@code GET /api/status}; read by the ops dashboard. */
public record JobStatusView(String jobName,
                            String status,
                            String posthogHost,
                            String posthogPersonalApiKey) {
}
