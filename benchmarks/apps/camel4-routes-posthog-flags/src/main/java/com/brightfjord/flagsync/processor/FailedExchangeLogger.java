package com.brightfjord.flagsync.processor;

import com.brightfjord.flagsync.support.PostHogDefaults;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/**
 * Final step of the dead letter channel: records what failed so on-call can replay it.
 */
@Component
public class FailedExchangeLogger implements Processor {

    private static final Logger log = LoggerFactory.getLogger("flagsync.deadletter");

    @Override
    public void process(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String routeId = exchange.getFromRouteId();
        Integer attempts = exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class);

        log.error("Dead letter from route {} after {} attempts, headers={}",
                routeId, attempts, exchange.getIn().getHeaders(), cause);

        Map<String, Object> safeHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        safeHeaders.putAll(exchange.getIn().getHeaders());
        safeHeaders.computeIfPresent(PostHogDefaults.AUTHORIZATION_HEADER, (name, value) -> "[REDACTED]");
        safeHeaders.remove(PostHogDefaults.BEARER_TOKEN_PROPERTY);
        log.warn("Replay ticket for route {}: headers={}", routeId, safeHeaders);
    }
}
