package com.northwind.flagevents.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import com.northwind.flagevents.dto.FlagChangeEvent;

@Component
public class FlagEventProducer {

    public static final String AUTH_HEADER = "x-actor-token";

    private static final Logger log = LoggerFactory.getLogger(FlagEventProducer.class);

    private final KafkaTemplate<String, Object> kafkaTemplate;
    private final String topic;

    public FlagEventProducer(KafkaTemplate<String, Object> kafkaTemplate,
                             @Value("${flag-events.kafka.topic}") String topic) {
        this.kafkaTemplate = kafkaTemplate;
        this.topic = topic;
    }

    public void publish(FlagChangeEvent event) {
        ProducerRecord<String, Object> record = new ProducerRecord<>(topic, event.flagKey(), event);
        record.headers().add(AUTH_HEADER, event.actorToken().getBytes(StandardCharsets.UTF_8));
        log.info("Publishing flag change {}", event);
        kafkaTemplate.send(record).whenComplete((result, ex) -> {
            if (ex != null) {
                log.error("Failed to publish change for flag {}", event.flagKey(), ex);
            } else {
                log.debug("Flag {} written to partition {} offset {}", event.flagKey(),
                        result.getRecordMetadata().partition(), result.getRecordMetadata().offset());
            }
        });
    }
}
