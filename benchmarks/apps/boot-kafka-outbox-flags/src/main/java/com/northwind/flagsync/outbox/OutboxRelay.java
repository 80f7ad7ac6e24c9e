package com.northwind.flagsync.outbox;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringTokenizer;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Polls the outbox table and publishes pending rows to Kafka. Rows are locked with
 * SKIP LOCKED so several replicas can relay in parallel.
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int MAX_ATTEMPTS = 8;

    private final OutboxRepository repository;
    private final KafkaTemplate<String, String> kafkaTemplate;
    private final Retry publishRetry;
    private final String topic;
    private final int batchSize;

    public OutboxRelay(OutboxRepository repository,
                       KafkaTemplate<String, String> kafkaTemplate,
                       RetryRegistry retryRegistry,
                       @Value("${flagsync.outbox.topic}") String topic,
                       @Value("${flagsync.outbox.batch-size:200}") int batchSize) {
        this.repository = repository;
        this.kafkaTemplate = kafkaTemplate;
        this.topic = topic;
        this.batchSize = batchSize;
        this.publishRetry = retryRegistry.retry("outboxPublish");
        this.publishRetry.getEventPublisher()
                .onRetry(e -> log.warn("Retrying outbox publish (attempt {}): {}",
                        e.getNumberOfRetryAttempts(), e.getLastThrowable().toString()));
    }

    @Scheduled(fixedDelayString = "${flagsync.outbox.relay-interval-ms:2000}")
    @Transactional
    public void relayPending() {
        List<OutboxEvent> batch = repository.lockNextBatch(batchSize);
        if (batch.isEmpty()) {
            return;
        }
        int published = 0;
        for (OutboxEvent event : batch) {
            try {
                publishRetry.executeCallable(() -> publish(event));
                event.markPublished();
                published++;
            } catch (Exception ex) {
                event.markFailed(ex.getMessage(), MAX_ATTEMPTS);
                log.warn("Outbox event {} failed (attempt {}, status {})",
                        event.getId(), event.getAttempts(), event.getStatus(), ex);
            }
        }
        log.info("Relayed {}/{} outbox events to {}", published, batch.size(), topic);
    }

    @Transactional
    public boolean replay(long id) {
        return repository.findById(id).map(event -> {
            event.resetForReplay();
            log.info("Outbox event {} (session {}) queued for replay", id, event.getSessionId());
            return true;
        }).orElse(false);
    }

    private Void publish(OutboxEvent event) throws Exception {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(topic, event.getAggregateId(), event.getPayload());
        record.headers().add("event-type", event.getEventType().getBytes(StandardCharsets.UTF_8));
        record.headers().add("routing-key", routingKey(event).getBytes(StandardCharsets.UTF_8));
        kafkaTemplate.send(record).get(10, TimeUnit.SECONDS);
        return null;
    }

    private String routingKey(OutboxEvent event) {
        StringBuilder key = new StringBuilder(event.getAggregateType().toLowerCase());
        StringTokenizer tokenizer = new StringTokenizer(event.getEventType(), ".");
        while (tokenizer.hasMoreTokens()) {
            String token = tokenizer.nextToken();
            log.trace("Routing token '{}' for event {}", token, event.getId());
            key.append('/').append(token);
        }
        return key.toString();
    }
}
