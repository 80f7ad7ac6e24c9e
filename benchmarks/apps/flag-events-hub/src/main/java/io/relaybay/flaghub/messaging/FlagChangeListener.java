package io.relaybay.flaghub.messaging;

import io.relaybay.flaghub.config.RabbitConfig;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/** Consumes flag changes from RabbitMQ, pushes them to dashboards and writes an audit record. */
@Component
public class FlagChangeListener {

    private static final Logger log = LoggerFactory.getLogger(FlagChangeListener.class);

    public record FlagAuditRecord(String flagKey, String changedBy, boolean active, Instant relayedAt) {
    }

    private final FlagBroadcaster broadcaster;
    private final RabbitTemplate rabbitTemplate;

    public FlagChangeListener(FlagBroadcaster broadcaster, RabbitTemplate rabbitTemplate) {
        this.broadcaster = broadcaster;
        this.rabbitTemplate = rabbitTemplate;
    }

    @RabbitListener(queues = RabbitConfig.CHANGES_QUEUE)
    public void onFlagChanged(FlagChangedEvent event,
                              @Header(AmqpHeaders.CONSUMER_TAG) String consumerTag,
                              @Header(AmqpHeaders.DELIVERY_TAG) long deliveryTag,
                              @Header(name = AmqpHeaders.CORRELATION_ID, required = false) String correlationId,
                              @Header(name = "x-admin-token", required = false) String adminToken) {
        log.info("Flag {} changed by {} (consumer {}, delivery {}, correlation {})", event.flagKey(),
                event.changedBy(), consumerTag, deliveryTag, correlationId);
        log.debug("Change to {} authorised with admin token {}", event.flagKey(), adminToken);
        log.debug("Admin token present: {}", adminToken != null);
        broadcaster.flagChanged(event);
        rabbitTemplate.convertAndSend("flag.audit." + event.flagKey(),
                new FlagAuditRecord(event.flagKey(), event.changedBy(), event.active(), Instant.now()));
    }
}
