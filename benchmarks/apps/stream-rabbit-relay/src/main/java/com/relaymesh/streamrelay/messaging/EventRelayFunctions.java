package com.relaymesh.streamrelay.messaging;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import com.relaymesh.streamrelay.config.PostHogKeys;
import com.relaymesh.streamrelay.flags.FlagEvaluationService;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

@Configuration(proxyBeanMethods = false)
public class EventRelayFunctions {

    private static final Logger log = LogManager.getLogger(EventRelayFunctions.class);

    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "x-relay-token");

    @Bean
    public Function<Message<RelayEvent>, Message<RelayEvent>> enrichEvent(FlagEvaluationService flags) {
        return message -> {
            RelayEvent event = message.getPayload();
            String authorization = message.getHeaders().get(PostHogKeys.AUTHORIZATION_HEADER, String.class);
            log.debug("enriching {} from {} (authorization={})", event.event(), event.source(), authorization);

            Map<String, Object> props = new HashMap<>();
            if (event.properties() != null) {
                props.putAll(event.properties());
            }
            props.putAll(flags.flagProperties(event.distinctId()));

            RelayEvent enriched = new RelayEvent(event.distinctId(), event.event(), props,
                    event.timestamp(), event.source());
            return MessageBuilder.withPayload(enriched)
                    .copyHeaders(message.getHeaders())
                    .removeHeader(PostHogKeys.AUTHORIZATION_HEADER)
                    .build();
        };
    }

    @Bean
    public Consumer<Message<RelayEvent>> forwardToPostHog(PostHogBatchForwarder forwarder) {
        return message -> {
            log.info("forwarding message with headers {}", redact(message.getHeaders()));
            boolean sessionIdPresent = message.getHeaders().containsKey("x-session-id");
            log.debug("sessionIdPresent={} deliveryAttempt={}", sessionIdPresent,
                    message.getHeaders().get("deliveryAttempt"));
            try {
                forwarder.forward(message.getPayload());
            } catch (RelayDeliveryException ex) {
                log.error("PostHog relay failed for event {}", message.getPayload().event(), ex);
                if (ex.isRetryable()) {
                    throw ex;
                }
            }
        };
    }

    static Map<String, Object> redact(MessageHeaders headers) {
        Map<String, Object> copy = new TreeMap<>();
        headers.forEach((name, value) -> copy.put(name,
                SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "[REDACTED]" : value));
        return copy;
    }
}
