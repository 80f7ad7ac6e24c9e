package io.acme.flagoperator.config;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds the personal API key most recently read from the cluster Secret, so the local
 * evaluator can be rebuilt after the platform team rotates the key.
 */
public final class CurrentKeyHolder {

    private static volatile String personalApiKey;
    private static final AtomicLong ROTATIONS = new AtomicLong();

    private CurrentKeyHolder() {
    }

    public static void set(String key) {
        if (key != null && !key.equals(personalApiKey)) {
            personalApiKey = key;
            ROTATIONS.incrementAndGet();
        }
    }

    public static String get() {
        return personalApiKey;
    }

    public static long rotations() {
        return ROTATIONS.get();
    }
}
