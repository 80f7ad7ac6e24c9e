package com.northwind.exporter.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.stereotype.Component;

@Component
public class EventEnrichmentProcessor implements ItemProcessor<ExportEvent, ExportEvent> {

    private static final Logger log = LoggerFactory.getLogger(EventEnrichmentProcessor.class);

    private static final Set<String> DROPPED_PROPERTIES = Set.of("password", "card_number", "session_cookie");

    @Override
    public ExportEvent process(ExportEvent item) {
        if (item.distinctId() == null || item.distinctId().isBlank()) {
            log.debug("Skipping event {} without distinct id", item.id());
            return null;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        item.properties().forEach((key, value) -> {
            if (!DROPPED_PROPERTIES.contains(key)) {
                properties.put(key, value);
            }
        });
        properties.put("$lib", "northwind-exporter");
        properties.put("warehouse_event_id", item.id());
        return item.withProperties(properties);
    }
}
