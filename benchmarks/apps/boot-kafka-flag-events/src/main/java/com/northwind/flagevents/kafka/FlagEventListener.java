package com.northwind.flagevents.kafka;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

import com.northwind.flagevents.dto.FlagChangeEvent;
import com.northwind.flagevents.service.FlagCacheService;

@Component
public class FlagEventListener {

    private static final Logger log = LoggerFactory.getLogger(FlagEventListener.class);

    private final FlagCacheService cache;

    public FlagEventListener(FlagCacheService cache) {
        this.cache = cache;
    }

    @KafkaListener(topics = "${flag-events.kafka.topic}", groupId = "flag-events-cache")
    public void onFlagChange(@Payload FlagChangeEvent event,
                             @Header(KafkaHeaders.RECEIVED_PARTITION) int partition,
                             @Header(name = FlagEventProducer.AUTH_HEADER, required = false) String actorToken) {
        log.info("Flag {} changed by {} (session {}, partition {})",
                event.flagKey(), event.changedBy(), event.sessionId(), partition);
        if (actorToken == null) {
            log.warn("Event for {} has no {} header, skipping callback", event.flagKey(), FlagEventProducer.AUTH_HEADER);
        } else {
            log.debug("Callback to admin API authorised with {}", actorToken);
        }
        cache.put(event.flagKey(), event.active());
    }
}
