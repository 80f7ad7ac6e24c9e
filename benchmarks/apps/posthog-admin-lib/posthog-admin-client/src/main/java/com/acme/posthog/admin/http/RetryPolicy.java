package com.acme.posthog.admin.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exponential backoff with jitter plus a small token bucket so that a burst of CLI invocations
 * does not trip PostHog's private API rate limit (240 requests/minute per key).
 */
public final class RetryPolicy {

    private static final Logger log = LoggerFactory.getLogger(RetryPolicy.class);

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final int tokenBucketCapacity;
    private double availableTokens;
    private long lastRefillNanos;

    private RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, int tokenBucketCapacity) {
        this.maxAttempts = maxAttempts;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.tokenBucketCapacity = tokenBucketCapacity;
        this.availableTokens = tokenBucketCapacity;
        this.lastRefillNanos = System.nanoTime();
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(8), 20);
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Integer.MAX_VALUE);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public boolean isRetryable(int statusCode) {
        return statusCode == 429 || statusCode == 502 || statusCode == 503 || statusCode == 504;
    }

    public Duration delayFor(int attempt, Duration retryAfter) {
        if (retryAfter != null && !retryAfter.isNegative()) {
            return retryAfter.compareTo(maxDelay) > 0 ? maxDelay : retryAfter;
        }
        long exp = baseDelay.toMillis() * (1L << Math.min(attempt, 10));
        long jitter = ThreadLocalRandom.current().nextLong(0, Math.max(1, baseDelay.toMillis()));
        return Duration.ofMillis(Math.min(exp + jitter, maxDelay.toMillis()));
    }

    /** Blocks until the local token bucket allows another request. */
    public synchronized void acquire() throws InterruptedException {
        refill();
        while (availableTokens < 1.0) {
            log.debug("Client-side rate limit reached, {} tokens available of {}", availableTokens, tokenBucketCapacity);
            Thread.sleep(250);
            refill();
        }
        availableTokens -= 1.0;
    }

    private void refill() {
        long now = System.nanoTime();
        double elapsedSeconds = (now - lastRefillNanos) / 1_000_000_000.0;
        availableTokens = Math.min(tokenBucketCapacity, availableTokens + elapsedSeconds * (tokenBucketCapacity / 60.0));
        lastRefillNanos = now;
    }
}
