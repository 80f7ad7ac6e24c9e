package com.northwind.reports.service;

import com.posthog.server.PostHogInterface;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * In-memory daily counters fed by the reporting endpoints; flushed to PostHog by the backfill client.
 */
@Singleton
public class UsageAggregator {

    private final Map<LocalDate, LongAdder> activeUsers = new ConcurrentHashMap<>();
    private final Map<LocalDate, LongAdder> flagEvaluations = new ConcurrentHashMap<>();
    private final PostHogInterface backfill;

    public UsageAggregator(@Named("backfill") PostHogInterface backfill) {
        this.backfill = backfill;
    }

    public void recordEvaluation(String distinctId, String flagKey, boolean enabled) {
        LocalDate today = LocalDate.now();
        flagEvaluations.computeIfAbsent(today, d -> new LongAdder()).increment();
        activeUsers.computeIfAbsent(today, d -> new LongAdder()).increment();
        backfill.capture(distinctId, "report_flag_evaluated", Map.of("flag", flagKey, "enabled", enabled));
    }

    public long activeUsers(LocalDate day) {
        LongAdder adder = activeUsers.get(day);
        return adder == null ? 0L : adder.sum();
    }

    public long flagEvaluations(LocalDate day) {
        LongAdder adder = flagEvaluations.get(day);
        return adder == null ? 0L : adder.sum();
    }
}
