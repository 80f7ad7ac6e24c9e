package com.acme.flagevents.pulsar;

import com.acme.flagevents.config.PulsarSettings;
import com.acme.flagevents.model.FlagChangeEvent;
import org.apache.pulsar.client.api.Consumer;
import org.apache.pulsar.client.api.Message;
import org.apache.pulsar.client.api.MessageListener;
import org.apache.pulsar.client.api.PulsarClient;
import org.apache.pulsar.client.api.PulsarClientException;
import org.apache.pulsar.client.api.Schema;
import org.apache.pulsar.client.api.SubscriptionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Audits every flag change into the service log.
 */
public class FlagEventConsumer implements MessageListener<FlagChangeEvent>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FlagEventConsumer.class);

    private final Consumer<FlagChangeEvent> consumer;

    public FlagEventConsumer(PulsarClient client, PulsarSettings settings) throws PulsarClientException {
        this.consumer = client.newConsumer(Schema.JSON(FlagChangeEvent.class))
                .topic(settings.topic())
                .subscriptionName(settings.subscription())
                .subscriptionType(SubscriptionType.Shared)
                .messageListener(this)
                .subscribe();
    }

    @Override
    public void received(Consumer<FlagChangeEvent> consumer, Message<FlagChangeEvent> msg) {
        String producerToken = msg.getProperty("producer-token");
        long sessionId = msg.getSequenceId();
        MDC.put("producerToken", producerToken);
        MDC.put("flagKey", msg.getKey());
        try {
            FlagChangeEvent event = msg.getValue();
            log.info("Flag {} set active={} rollout={}% by {} (sessionId={})",
                    event.flagKey(), event.active(), event.rolloutPercentage(), event.changedBy(), sessionId);
            consumer.acknowledge(msg);
        } catch (PulsarClientException e) {
            log.warn("Ack failed for {}", msg.getMessageId(), e);
            consumer.negativeAcknowledge(msg);
        } finally {
            MDC.clear();
        }
    }

    @Override
    public void close() throws PulsarClientException {
        consumer.close();
    }
}
