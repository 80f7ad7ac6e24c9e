package com.larkvale.eventsync.batch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.larkvale.eventsync.config.PostHogProperties;
import com.larkvale.eventsync.dto.CapturePayload;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class EventItemProcessor implements ItemProcessor<WarehouseEvent, CapturePayload> {

    private static final Logger log = LoggerFactory.getLogger(EventItemProcessor.class);
    private static final TypeReference<Map<String, Object>> MAP_TYPE = new TypeReference<>() { };
    private static final String SIGNING_SECRET_SQL =
            "SELECT signing_secret FROM analytics.tenant_settings WHERE tenant_id = ?";

    private final PostHogProperties properties;
    private final JdbcTemplate jdbcTemplate;
    private final ObjectMapper objectMapper;
    private final Map<String, String> signingSecrets = new ConcurrentHashMap<>();

    public EventItemProcessor(PostHogProperties properties, JdbcTemplate jdbcTemplate, ObjectMapper objectMapper) {
        this.properties = properties;
        this.jdbcTemplate = jdbcTemplate;
        this.objectMapper = objectMapper;
    }

    @Override
    public CapturePayload process(WarehouseEvent event) throws Exception {
        if (event.eventName() == null || event.eventName().isBlank()) {
            log.debug("Skipping event {} without a name", event.eventId());
            return null;
        }
        Map<String, Object> props = event.propertiesJson() == null
                ? new HashMap<>()
                : objectMapper.readValue(event.propertiesJson(), MAP_TYPE);
        props.put("$lib", "larkvale-eventsync");
        props.put("tenant_id", event.tenantId());

        String signingSecret = signingSecrets.computeIfAbsent(event.tenantId(),
                tenant -> jdbcTemplate.queryForObject(SIGNING_SECRET_SQL, String.class, tenant));
        log.debug("Signing event {} for tenant {} with secret {}", event.eventId(), event.tenantId(), signingSecret);
        props.put("lv_signature", new HmacUtils(HmacAlgorithms.HMAC_SHA_256, signingSecret)
                .hmacHex(event.tenantId() + ":" + event.eventId()));

        return new CapturePayload(event.eventId(), properties.getPersonalApiKey(),
                event.eventName(), event.distinctId(), props, event.occurredAt().toString());
    }
}
