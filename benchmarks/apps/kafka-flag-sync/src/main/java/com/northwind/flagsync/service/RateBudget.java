package com.northwind.flagsync.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.stereotype.Component;

import com.northwind.flagsync.support.Errors;

/**
 * Local sliding-window budget so we stay under PostHog's 480 requests/minute
 * limit for the private API, shared by the scheduler and the Kafka listener.
 */
@Component
public class RateBudget {

    private static final int MAX_CALLS_PER_MINUTE = 400;

    private final Deque<Instant> calls = new ArrayDeque<>();
    private final Clock clock;

    public RateBudget() {
        this(Clock.systemUTC());
    }

    RateBudget(Clock clock) {
        this.clock = clock;
    }

    public synchronized void acquire(String operation) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(Duration.ofMinutes(1));
        while (!calls.isEmpty() && calls.peekFirst().isBefore(windowStart)) {
            calls.pollFirst();
        }
        if (calls.size() >= MAX_CALLS_PER_MINUTE) {
            throw Errors.rateLimited(operation);
        }
        calls.addLast(now);
    }

    public synchronized int remaining() {
        return Math.max(0, MAX_CALLS_PER_MINUTE - calls.size());
    }
}
