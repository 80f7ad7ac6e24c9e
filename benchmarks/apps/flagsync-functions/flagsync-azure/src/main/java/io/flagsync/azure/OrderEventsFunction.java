package io.flagsync.azure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import com.posthog.java.PostHog;
import java.math.BigDecimal;
import java.util.Map;
import java.util.logging.Logger;

/** Forwards order lifecycle events from the commerce backend's storage queue to PostHog. */
public class OrderEventsFunction {

    private static final Logger LOG = Logger.getLogger(OrderEventsFunction.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PostHog posthog;

    record OrderEvent(String orderId, String customerId, String status, BigDecimal total) {
    }

    private static synchronized PostHog posthog() {
        if (posthog == null) {
            String projectKey = System.getenv("POSTHOG_API_KEY");
            LOG.info("Order events go to PostHog project key " + projectKey);
            posthog = new PostHog.Builder(projectKey)
                    .host(System.getenv("POSTHOG_HOST"))
                    .build();
        }
        return posthog;
    }

    @FunctionName("orderEvents")
    public void run(
            @QueueTrigger(name = "message", queueName = "order-events", connection = "AzureWebJobsStorage") String message,
            final ExecutionContext context) throws JsonProcessingException {
        OrderEvent event = JSON.readValue(message, OrderEvent.class);
        posthog().capture(event.customerId(), "order " + event.status(),
                Map.of("order_id", event.orderId(), "total", event.total()));
        context.getLogger().info("Forwarded " + event.status() + " for order " + event.orderId());
    }
}
