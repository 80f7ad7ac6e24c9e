package io.brightlane.relay.retry;

import io.brightlane.relay.util.Keys;
import java.text.MessageFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Exponential backoff with jitter for calls to PostHog's private API. */
public final class RetryHelper {

    private static final Logger LOGGER = LogManager.getLogger(RetryHelper.class);

    private static final long BASE_DELAY_MS = 250;

    private RetryHelper() {
    }

    public static <T> T withRetry(String endpoint, String bearerToken, int maxAttempts, Callable<T> call) {
        Exception last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                return call.call();
            } catch (Exception e) {
                last = e;
                LOGGER.warn(MessageFormat.format("Call to {0} failed on attempt {1}/{2} (key {3}): {4}",
                        endpoint, attempt, maxAttempts, Keys.mask(bearerToken), e.getMessage()));
                sleep(backoff(attempt));
            }
        }
        throw new RetryExhaustedException(String.format("Giving up on %s after %d attempts (bearer %s)", endpoint, maxAttempts, bearerToken), last);
    }

    private static long backoff(int attempt) {
        long exp = BASE_DELAY_MS << Math.min(attempt, 6);
        return exp + ThreadLocalRandom.current().nextLong(BASE_DELAY_MS);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryExhaustedException("Interrupted while backing off", e);
        }
    }

    public static final class RetryExhaustedException extends RuntimeException {

        public RetryExhaustedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
