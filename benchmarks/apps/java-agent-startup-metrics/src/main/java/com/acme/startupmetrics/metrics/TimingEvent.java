package com.acme.startupmetrics.metrics;

/**
 * One measured interval.
 *
 * @param kind          startup, jdbc, jdbc.connect or http
 * @param name          SQL text (truncated), JDBC URL without credentials, or "METHOD host"
 * @param durationNanos elapsed time
 * @param sessionId     random id of this JVM run, groups the events in PostHog
 * @param failed        whether the measured call threw
 */
public record TimingEvent(String kind, String name, long durationNanos, long sessionId, boolean failed) {

    public double durationMillis() {
        return durationNanos / 1_000_000.0;
    }
}
