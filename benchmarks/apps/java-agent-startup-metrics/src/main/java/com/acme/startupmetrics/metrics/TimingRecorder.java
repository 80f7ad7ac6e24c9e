package com.acme.startupmetrics.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lock-free buffer the advice classes write into. Lives on the bootstrap class path so that
 * advice inlined into JDK classes (java.net.http) can see it.
 */
public final class TimingRecorder {

    private static final int MAX_BUFFERED = 10_000;
    private static final int MAX_NAME_LENGTH = 200;

    private static final Queue<TimingEvent> EVENTS = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger SIZE = new AtomicInteger();
    private static final long SESSION_ID = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);

    private static volatile boolean verbose;

    private TimingRecorder() {
    }

    public static void record(String kind, String name, long durationNanos, boolean failed) {
        if (SIZE.incrementAndGet() > MAX_BUFFERED) {
            SIZE.decrementAndGet();
            return;
        }
        String shortName = name != null && name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
        EVENTS.add(new TimingEvent(kind, shortName, durationNanos, SESSION_ID, failed));
    }

    public static List<TimingEvent> drain() {
        List<TimingEvent> drained = new ArrayList<>();
        TimingEvent event;
        while ((event = EVENTS.poll()) != null) {
            SIZE.decrementAndGet();
            drained.add(event);
        }
        return drained;
    }

    public static int buffered() {
        return SIZE.get();
    }

    public static long sessionId() {
        return SESSION_ID;
    }

    public static boolean verbose() {
        return verbose;
    }

    public static void setVerbose(boolean value) {
        verbose = value;
    }
}
