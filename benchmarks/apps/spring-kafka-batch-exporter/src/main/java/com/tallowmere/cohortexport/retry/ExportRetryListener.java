package com.tallowmere.cohortexport.retry;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.retry.RetryCallback;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryListener;
import org.springframework.stereotype.Component;

@Component("exportRetryListener")
public class ExportRetryListener implements RetryListener {

    private static final Logger log = LoggerFactory.getLogger(ExportRetryListener.class);

    private final MeterRegistry meterRegistry;

    public ExportRetryListener(MeterRegistry meterRegistry) {
        this.meterRegistry = meterRegistry;
    }

    @Override
    public <T, E extends Throwable> void onError(RetryContext context, RetryCallback<T, E> callback,
                                                 Throwable throwable) {
        meterRegistry.counter("cohort_export.retries", "exception", throwable.getClass().getSimpleName())
                .increment();
        log.warn("PostHog call failed on attempt {}", context.getRetryCount(), throwable);
    }

    @Override
    public <T, E extends Throwable> void close(RetryContext context, RetryCallback<T, E> callback,
                                               Throwable throwable) {
        if (throwable != null) {
            log.error("Giving up on PostHog call after {} attempts: {}", context.getRetryCount(),
                    throwable.getClass().getName());
        }
    }
}
