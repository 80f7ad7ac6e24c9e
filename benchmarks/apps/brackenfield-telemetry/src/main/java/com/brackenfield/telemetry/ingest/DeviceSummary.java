package com.brackenfield.telemetry.ingest;

import java.time.Instant;

/**
 * Enriched reading forwarded to analytics. {@code toString()} hides the token.
 */
public record DeviceSummary(String deviceId, String site, String metric, double value, Instant recordedAt,
                            String deviceToken) {

    @Override
    public String toString() {
        return "DeviceSummary[deviceId=" + deviceId + ", site=" + site + ", metric=" + metric
                + ", value=" + value + ", recordedAt=" + recordedAt + ", deviceToken=<redacted>]";
    }
}
