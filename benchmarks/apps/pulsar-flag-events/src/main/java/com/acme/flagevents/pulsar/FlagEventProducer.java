package com.acme.flagevents.pulsar;

import com.acme.flagevents.config.PostHogSettings;
import com.acme.flagevents.model.FlagChangeEvent;
import com.acme.flagevents.util.KeyMasking;
import org.apache.pulsar.client.api.MessageId;
import org.apache.pulsar.client.api.Producer;
import org.apache.pulsar.client.api.PulsarClient;
import org.apache.pulsar.client.api.PulsarClientException;
import org.apache.pulsar.client.api.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;

/**
 * Publishes flag changes detected by the sync job.
 */
public class FlagEventProducer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FlagEventProducer.class);

    private final Producer<FlagChangeEvent> producer;
    private final PostHogSettings posthog;

    public FlagEventProducer(PulsarClient client, String topic, PostHogSettings posthog) throws PulsarClientException {
        this.posthog = posthog;
        this.producer = client.newProducer(Schema.JSON(FlagChangeEvent.class))
                .topic(topic)
                .producerName("flag-sync")
                .enableBatching(true)
                .create();

        String banner = String.format("flag-sync producer on %s, flags-key=%s, host=%s",
                topic, posthog.getPersonalApiKey(), posthog.getHost());
        log.info(banner);
        log.info("Flag definitions read with key {}", KeyMasking.mask(posthog.getPersonalApiKey()));
    }

    public CompletableFuture<MessageId> publish(FlagChangeEvent event) {
        return producer.newMessage()
                .key(event.flagKey())
                .property("source", "flag-sync")
                .property("changed-by", event.changedBy())
                .property("key-fingerprint", KeyMasking.hashForAudit(posthog.getPersonalApiKey()))
                .value(event)
                .sendAsync()
                .whenComplete((id, err) -> {
                    if (err != null) {
                        log.warn("Publishing {} failed", event.flagKey(), err);
                    }
                });
    }

    @Override
    public void close() throws PulsarClientException {
        producer.close();
    }
}
