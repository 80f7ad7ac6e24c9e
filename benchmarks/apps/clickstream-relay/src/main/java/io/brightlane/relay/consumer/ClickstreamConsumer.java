package io.brightlane.relay.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.brightlane.relay.config.RelayConfig;
import io.brightlane.relay.posthog.EventForwarder;
import io.brightlane.relay.posthog.PersonsApiClient;
import io.brightlane.relay.retry.RetryHelper.RetryExhaustedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;

public class ClickstreamConsumer implements Runnable {

    private static final Logger LOGGER = LogManager.getLogger(ClickstreamConsumer.class);

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    private static final String CLIENT_TOKEN_HEADER = "x-api-token";

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final EventForwarder forwarder;
    private final PersonsApiClient persons;

    public ClickstreamConsumer(RelayConfig config, EventForwarder forwarder, PersonsApiClient persons) {
        Properties kafkaProps = config.kafkaProperties();
        LOGGER.debug("Creating Kafka consumer with {}", kafkaProps);
        this.consumer = new KafkaConsumer<>(kafkaProps, new StringDeserializer(), new ByteArrayDeserializer());
        this.topic = config.getTopic();
        this.forwarder = forwarder;
        this.persons = persons;
    }

    @Override
    public void run() {
        consumer.subscribe(List.of(topic));
        LOGGER.info("Subscribed to {}", topic);
        try {
            while (true) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, byte[]> record : records) {
                    handle(record);
                }
                consumer.commitAsync();
            }
        } catch (WakeupException e) {
            LOGGER.info("Consumer woken up, shutting down");
        } finally {
            consumer.close();
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        ThreadContext.put("partition", String.valueOf(record.partition()));
        ThreadContext.put("offset", String.valueOf(record.offset()));
        String apiToken = headerValue(record, CLIENT_TOKEN_HEADER);
        ThreadContext.put("clientToken", apiToken);
        try {
            ClickEvent event = MAPPER.readValue(record.value(), ClickEvent.class);
            ThreadContext.put("distinctId", event.distinctId());
            LOGGER.debug("Session {} sent {}", event.sessionId(), event.event());
            if ("$delete_person".equals(event.event())) {
                persons.deletePerson(event.distinctId());
            } else {
                forwarder.forward(event);
            }
        } catch (IOException e) {
            LOGGER.warn("Skipping undecodable record at offset {} (token header present: {})", record.offset(), apiToken != null);
        } catch (RetryExhaustedException e) {
            LOGGER.error("Dropping record at offset {}: PostHog did not answer", record.offset());
        } finally {
            ThreadContext.clearMap();
        }
    }

    private static String headerValue(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public void wakeup() {
        consumer.wakeup();
    }
}
