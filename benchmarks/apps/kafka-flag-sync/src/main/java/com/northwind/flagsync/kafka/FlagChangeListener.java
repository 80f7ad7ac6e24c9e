package com.northwind.flagsync.kafka;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagsync.config.FlagSyncSettings;
import com.northwind.flagsync.service.FlagSyncService;

/**
 * Consumes flag change commands published by the release tooling. Producers must
 * attach the shared service token as the {@code x-service-token} record header.
 */
@Component
public class FlagChangeListener {

    private static final Logger log = LoggerFactory.getLogger(FlagChangeListener.class);
    private static final String SERVICE_TOKEN_HEADER = "x-service-token";

    private final FlagSyncService syncService;
    private final ObjectMapper objectMapper;
    private final byte[] expectedToken;

    public FlagChangeListener(FlagSyncService syncService, ObjectMapper objectMapper, FlagSyncSettings settings) {
        this.syncService = syncService;
        this.objectMapper = objectMapper;
        this.expectedToken = settings.serviceToken().getBytes(StandardCharsets.UTF_8);
    }

    @KafkaListener(topics = "${flagsync.commands-topic}", groupId = "flag-sync")
    public void onCommand(ConsumerRecord<String, String> record) throws JsonProcessingException {
        log.info("Command {} at {}-{}@{} with headers {}", record.key(), record.topic(), record.partition(),
                record.offset(), headerNames(record.headers()));

        Header tokenHeader = record.headers().lastHeader(SERVICE_TOKEN_HEADER);
        String serviceToken = tokenHeader == null ? "" : new String(tokenHeader.value(), StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expectedToken, serviceToken.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Dropping command {} from offset {}: service token '{}' does not match", record.key(),
                    record.offset(), serviceToken);
            return;
        }

        FlagCommand command = objectMapper.readValue(record.value(), FlagCommand.class);
        if (command.isToggle()) {
            syncService.toggle(command.flagId(), "enable".equals(command.action()), command.requestedBy());
        } else if ("resync".equals(command.action())) {
            syncService.syncAll("kafka:" + command.requestedBy());
        } else {
            log.warn("Ignoring unknown action '{}' for flag {}", command.action(), command.flagId());
        }
    }

    private static List<String> headerNames(Headers headers) {
        List<String> names = new ArrayList<>();
        for (Header header : headers) {
            names.add(header.key());
        }
        return names;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagCommand(String action, long flagId, String requestedBy, String reason) {

        public boolean isToggle() {
            return "enable".equals(action) || "disable".equals(action);
        }
    }
}
