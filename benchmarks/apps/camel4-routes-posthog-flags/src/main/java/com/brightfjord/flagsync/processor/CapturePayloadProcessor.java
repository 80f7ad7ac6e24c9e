package com.brightfjord.flagsync.processor;

import com.brightfjord.flagsync.config.PostHogProperties;
import com.brightfjord.flagsync.web.dto.CaptureEventRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns a list of {@link CaptureEventRequest} into the body PostHog's /batch/ endpoint expects.
 */
@Component
public class CapturePayloadProcessor implements Processor {

    private static final Logger log = LoggerFactory.getLogger(CapturePayloadProcessor.class);

    private final PostHogProperties properties;
    private final AtomicLong batchCounter = new AtomicLong();

    public CapturePayloadProcessor(PostHogProperties properties) {
        this.properties = properties;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void process(Exchange exchange) {
        List<CaptureEventRequest> events = exchange.getIn().getBody(List.class);
        boolean serverSide = events.stream().anyMatch(CaptureEventRequest::serverSide);

        Map<String, Object> payload = new LinkedHashMap<>();
        if (serverSide) {
            // server-side events are attributed to the flag-sync service account
            payload.put("api_key", properties.getPersonalApiKey());
        } else {
            payload.put("api_key", properties.getProjectApiKey());
        }

        List<Map<String, Object>> batch = new ArrayList<>();
        for (CaptureEventRequest event : events) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("event", event.event());
            item.put("distinct_id", event.distinctId());
            item.put("properties", event.properties() == null ? Map.of() : event.properties());
            item.put("timestamp", OffsetDateTime.now().toString());
            batch.add(item);
        }
        payload.put("batch", batch);

        long sessionId = batchCounter.incrementAndGet();
        exchange.setProperty("batchSessionId", sessionId);
        log.info("Prepared capture batch sessionId={} events={} serverSide={}", sessionId, batch.size(), serverSide);

        exchange.getIn().setBody(payload);
    }
}
