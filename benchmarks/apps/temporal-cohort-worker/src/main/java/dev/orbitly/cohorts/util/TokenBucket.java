package dev.orbitly.cohorts.util;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Simple blocking rate limiter for partner webhooks. */
public final class TokenBucket {

    private static final Logger log = LogManager.getLogger(TokenBucket.class);

    private final int capacity;
    private final double tokensPerSecond;
    private double availableTokens;
    private long lastRefillNanos;

    public TokenBucket(int capacity, double tokensPerSecond) {
        this.capacity = capacity;
        this.tokensPerSecond = tokensPerSecond;
        this.availableTokens = capacity;
        this.lastRefillNanos = System.nanoTime();
    }

    public synchronized void acquire() throws InterruptedException {
        refill();
        while (availableTokens < 1) {
            long waitMs = (long) Math.ceil((1 - availableTokens) / tokensPerSecond * 1000);
            log.debug("Rate limited: {} tokens left, refilling at {} tokens/s, waiting {} ms",
                    availableTokens, tokensPerSecond, waitMs);
            wait(waitMs);
            refill();
        }
        availableTokens -= 1;
    }

    private void refill() {
        long now = System.nanoTime();
        availableTokens = Math.min(capacity, availableTokens + (now - lastRefillNanos) / 1e9 * tokensPerSecond);
        lastRefillNanos = now;
    }
}
