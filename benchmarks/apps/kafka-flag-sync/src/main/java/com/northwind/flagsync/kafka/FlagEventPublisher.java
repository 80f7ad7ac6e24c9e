package com.northwind.flagsync.kafka;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagsync.client.FlagDefinition;
import com.northwind.flagsync.config.FlagSyncSettings;

@Component
public class FlagEventPublisher {

    private static final Logger log = LoggerFactory.getLogger(FlagEventPublisher.class);

    private final KafkaTemplate<String, String> kafkaTemplate;
    private final ObjectMapper objectMapper;
    private final String topic;

    public FlagEventPublisher(KafkaTemplate<String, String> kafkaTemplate, ObjectMapper objectMapper,
                              FlagSyncSettings settings) {
        this.kafkaTemplate = kafkaTemplate;
        this.objectMapper = objectMapper;
        this.topic = settings.snapshotsTopic();
    }

    public CompletableFuture<SendResult<String, String>> publishSnapshot(FlagDefinition flag) {
        String flagKey = flag.key();
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, flagKey, toJson(flag));
        record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        record.headers().add("x-flag-id", Long.toString(flag.id()).getBytes(StandardCharsets.UTF_8));

        return kafkaTemplate.send(record).whenComplete((result, ex) -> {
            if (ex != null) {
                log.error("Could not publish snapshot for flag {}", flagKey, ex);
            } else {
                log.debug("Published flag {} to {}-{}@{}", flagKey, result.getRecordMetadata().topic(),
                        result.getRecordMetadata().partition(), result.getRecordMetadata().offset());
            }
        });
    }

    private String toJson(FlagDefinition flag) {
        try {
            return objectMapper.writeValueAsString(flag);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Flag " + flag.id() + " is not serializable", e);
        }
    }
}
