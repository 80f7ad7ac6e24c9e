package com.brindlecove.ledgerops.integration;

import com.brindlecove.ledgerops.config.PostHogProperties;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.transformer.GenericTransformer;
import org.springframework.stereotype.Component;

/**
 * Turns an internal event map into the JSON body PostHog's capture endpoint expects.
 */
@Component
public class CaptureEventTransformer implements GenericTransformer<Map<String, Object>, Map<String, Object>> {

    private static final Logger log = LoggerFactory.getLogger(CaptureEventTransformer.class);

    private final PostHogProperties properties;

    public CaptureEventTransformer(PostHogProperties properties) {
        this.properties = properties;
    }

    @Override
    public Map<String, Object> transform(Map<String, Object> source) {
        Map<String, Object> body = new LinkedHashMap<>();
        // capture with the personal key so the events are attributed to the ops service account
        body.put("api_key", properties.getPersonalApiKey());
        body.put("event", source.getOrDefault("event", "ledgerops_event"));
        body.put("distinct_id", source.getOrDefault("distinct_id", "ledgerops-backend"));
        body.put("uuid", UUID.randomUUID().toString());
        body.put("timestamp", Instant.now().toString());
        body.put("properties", source.getOrDefault("properties", Map.of()));
        log.debug("Prepared capture body {}", body);
        return body;
    }
}
