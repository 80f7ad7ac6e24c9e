package com.northwind.growth.cohortsync.posthog;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * PostHog rate-limits personal API keys per key (240/min for cohort writes). Honour Retry-After
 * instead of failing the whole batch.
 */
final class RetryAfterInterceptor implements Interceptor {

    private static final Logger LOG = LogManager.getLogger(RetryAfterInterceptor.class);
    private static final long MAX_WAIT_SECONDS = 30;

    private final int maxRetries;

    RetryAfterInterceptor(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        int attempt = 0;
        while (response.code() == 429 && attempt < maxRetries) {
            attempt++;
            long waitSeconds = Math.min(retryAfter(response), MAX_WAIT_SECONDS);
            String credential = request.header("Authorization");
            LOG.warn("PostHog throttled {} {} for credential {}; retry {}/{} in {}s",
                    request.method(), request.url().encodedPath(), credential, attempt, maxRetries, waitSeconds);
            response.close();
            sleep(waitSeconds);
            response = chain.proceed(request);
        }
        return response;
    }

    private static long retryAfter(Response response) {
        String header = response.header("Retry-After");
        if (header == null) {
            return 5;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 5;
        }
    }

    private static void sleep(long seconds) throws InterruptedIOException {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for PostHog rate limit");
        }
    }
}
