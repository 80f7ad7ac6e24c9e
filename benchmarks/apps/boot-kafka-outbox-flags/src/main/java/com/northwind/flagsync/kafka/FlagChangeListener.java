package com.northwind.flagsync.kafka;

import com.northwind.flagsync.config.PostHogKeys;
import com.northwind.flagsync.flags.FlagSnapshotClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes flag-change notifications that the webhook ingress republishes from PostHog,
 * and refreshes the cached definitions.
 */
@Component
public class FlagChangeListener {

    private static final Logger log = LoggerFactory.getLogger(FlagChangeListener.class);
    private static final String WEBHOOK_TOKEN_HEADER = "x-webhook-token";

    private final FlagSnapshotClient snapshotClient;
    private final byte[] expectedToken;

    public FlagChangeListener(FlagSnapshotClient snapshotClient,
                              @Value("${flagsync.webhook.token}") String expectedToken) {
        this.snapshotClient = snapshotClient;
        this.expectedToken = expectedToken.getBytes(StandardCharsets.UTF_8);
    }

    @KafkaListener(topics = "${flagsync.kafka.flag-change-topic:posthog.flag-changes.v1}",
                   groupId = "flag-sync-flag-changes")
    public void onFlagChange(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(WEBHOOK_TOKEN_HEADER);
        String webhookToken = header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expectedToken, webhookToken.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Rejected flag change {} at offset {}: token '{}' does not match",
                    record.key(), record.offset(), webhookToken);
            return;
        }

        PostHogKeys.ApiKeyScope apiKeyScope = PostHogKeys.ApiKeyScope.FEATURE_FLAG_READ;
        log.info("Flag {} changed (partition {}, offset {}); refreshing with apiKey scope {}",
                record.key(), record.partition(), record.offset(), apiKeyScope);
        FlagSnapshotClient.FlagSnapshot snapshot = snapshotClient.fetchDefinitions();
        log.info("Loaded {} flag definitions", snapshot.count());
    }
}
