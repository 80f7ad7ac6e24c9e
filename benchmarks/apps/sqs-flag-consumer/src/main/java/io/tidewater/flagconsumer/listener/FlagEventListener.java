package io.tidewater.flagconsumer.listener;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.SqsHeaders;
import io.tidewater.flagconsumer.config.PostHogKeyParts;
import io.tidewater.flagconsumer.model.FlagEvent;
import io.tidewater.flagconsumer.posthog.PostHogForwarder;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Headers;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

@Component
public class FlagEventListener {

    private static final Logger log = LogManager.getLogger(FlagEventListener.class);

    private static final Set<String> SENSITIVE_ATTRIBUTES = Set.of("authorization", "x-api-token", "cookie");

    private final PostHogForwarder forwarder;

    public FlagEventListener(PostHogForwarder forwarder) {
        this.forwarder = forwarder;
    }

    @SqsListener(value = "${flag-consumer.queues.flag-events}", maxConcurrentMessages = "10")
    public void onFlagEvent(@Payload FlagEvent event,
                            @Header(SqsHeaders.SQS_MESSAGE_ID_HEADER) UUID messageId,
                            @Header(name = PostHogKeyParts.AUTHORIZATION_ATTRIBUTE, required = false) String authorization,
                            @Headers Map<String, Object> headers) {
        log.info("Message {}: {} for {} (session {})", messageId, event.eventName(), event.distinctId(), event.sessionId());
        if (authorization == null || authorization.isBlank()) {
            log.warn("Message {} has no {} attribute, dropping it", messageId, PostHogKeyParts.AUTHORIZATION_ATTRIBUTE);
            return;
        }
        log.debug("Message {} published by producer with credentials {}", messageId, authorization);
        log.trace("Message {} attributes {}", messageId, redact(headers));
        forwarder.forward(event);
    }

    private static Map<String, Object> redact(Map<String, Object> headers) {
        Map<String, Object> safe = new LinkedHashMap<>();
        headers.forEach((name, value) ->
                safe.put(name, SENSITIVE_ATTRIBUTES.contains(name.toLowerCase()) ? "[REDACTED]" : value));
        return safe;
    }
}
