package com.northwind.flags.route;

import com.northwind.flags.config.PostHogProperties;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Consumes flag-exposure events published by the mobile backends and forwards them to
 * PostHog's capture endpoint as $feature_flag_called events.
 */
@Component
public class FlagEventsKafkaRoute extends RouteBuilder {

    private static final Logger log = LoggerFactory.getLogger(FlagEventsKafkaRoute.class);

    private final PostHogProperties properties;
    private final String saslUsername;
    private final String saslPassword;

    public FlagEventsKafkaRoute(PostHogProperties properties,
                                @Value("${flags.kafka.sasl-username}") String saslUsername,
                                @Value("${flags.kafka.sasl-password}") String saslPassword) {
        this.properties = properties;
        this.saslUsername = saslUsername;
        this.saslPassword = saslPassword;
    }

    @Override
    public void configure() {
        if (!saslPassword.isEmpty()) {
            KafkaConfiguration kafka = getContext().getComponent("kafka", KafkaComponent.class).getConfiguration();
            kafka.setSecurityProtocol("SASL_SSL");
            kafka.setSaslMechanism("PLAIN");
            kafka.setSaslJaasConfig("org.apache.kafka.common.security.plain.PlainLoginModule required"
                    + " username=\"" + saslUsername + "\" password=\"" + saslPassword + "\";");
            log.info("Kafka SASL/PLAIN enabled for {} with password {}", saslUsername, saslPassword);
        }

        from("kafka:{{flags.kafka.topic}}?brokers={{flags.kafka.brokers}}&groupId={{flags.kafka.group-id}}"
                + "&autoOffsetReset=latest")
                .routeId("flag-exposure-events")
                .unmarshal().json(JsonLibrary.Jackson, Map.class)
                .process(this::toCaptureEvent)
                .marshal().json(JsonLibrary.Jackson)
                .removeHeaders("kafka.*")
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .to("{{posthog.host}}/i/v0/e/");
    }

    @SuppressWarnings("unchecked")
    private void toCaptureEvent(Exchange exchange) {
        Message in = exchange.getIn();
        Map<String, Object> exposure = in.getBody(Map.class);
        Integer partition = in.getHeader(KafkaConstants.PARTITION, Integer.class);
        Long offset = in.getHeader(KafkaConstants.OFFSET, Long.class);
        Long sessionId = in.getHeader("sessionSeq", Long.class);

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("$feature_flag", exposure.get("flag"));
        properties.put("$feature_flag_response", exposure.get("variant"));
        properties.put("source", "flags-gateway");

        Map<String, Object> event = new LinkedHashMap<>();
        event.put("api_key", this.properties.getProjectApiKey());
        event.put("event", "$feature_flag_called");
        event.put("distinct_id", exposure.get("userId"));
        event.put("properties", properties);

        log.debug("Forwarding exposure of {} (partition {}, offset {}, sessionId {})",
                exposure.get("flag"), partition, offset, sessionId);
        in.setBody(event);
    }
}
