package com.northwind.flags.processor;

import com.northwind.flags.error.PostHogSyncException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * onException handler for the PostHog sync routes.
 */
@Component("syncFailureProcessor")
public class SyncFailureProcessor implements Processor {

    private static final Logger log = LoggerFactory.getLogger(SyncFailureProcessor.class);

    private final AtomicInteger consecutiveFailures = new AtomicInteger();

    @Override
    public void process(Exchange exchange) {
        PostHogSyncException failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, PostHogSyncException.class);
        int failures = consecutiveFailures.incrementAndGet();
        if (failure == null) {
            return;
        }
        if (failure.getStatusCode() == 401 || failure.getStatusCode() == 403) {
            log.error("Flag sync is not authorised (attempt {})", failures, failure);
        } else {
            log.warn("Flag sync failed with HTTP {} (attempt {})", failure.getStatusCode(), failures);
        }
        exchange.getMessage().setBody(null);
    }

    public void reset() {
        consecutiveFailures.set(0);
    }
}
