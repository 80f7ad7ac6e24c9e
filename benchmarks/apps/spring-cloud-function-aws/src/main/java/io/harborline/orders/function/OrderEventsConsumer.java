package io.harborline.orders.function;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.MessageAttribute;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harborline.orders.analytics.FeatureFlagService;
import io.harborline.orders.secrets.SecretResolutionException;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Component;

@Component("orderEvents")
public class OrderEventsConsumer implements Consumer<SQSEvent> {

    private static final Logger log = LogManager.getLogger(OrderEventsConsumer.class);

    private final FeatureFlagService featureFlags;
    private final ObjectMapper objectMapper;

    public OrderEventsConsumer(FeatureFlagService featureFlags, ObjectMapper objectMapper) {
        this.featureFlags = featureFlags;
        this.objectMapper = objectMapper;
    }

    @Override
    public void accept(SQSEvent event) {
        for (SQSMessage message : event.getRecords()) {
            handle(message);
        }
    }

    private void handle(SQSMessage message) {
        Map<String, MessageAttribute> attributes = message.getMessageAttributes();
        log.info("Processing message {} from {}", message.getMessageId(), message.getEventSourceArn());

        boolean hasSessionToken = attributes.containsKey("sessionToken");
        log.debug("Message {} sessionToken present={}", message.getMessageId(), hasSessionToken);

        MessageAttribute tokenAttribute = attributes.get("authToken");
        if (tokenAttribute != null) {
            String authToken = tokenAttribute.getStringValue();
            log.debug("Message {} forwarded by upstream with auth token {}", message.getMessageId(), authToken);
        }

        try {
            JsonNode order = objectMapper.readTree(message.getBody());
            String customerId = order.path("customerId").asText("anonymous");
            if (featureFlags.hasLocalEvaluation() && featureFlags.isEnabled(customerId, "order-events-v2")) {
                featureFlags.capture(customerId, "order_" + order.path("status").asText("unknown"));
            }
        } catch (SecretResolutionException e) {
            log.error("PostHog credentials unavailable (secret {})", e.getSecretId(), e);
        } catch (IOException e) {
            log.warn("Skipping malformed order event {}", message.getMessageId());
        }
    }
}
