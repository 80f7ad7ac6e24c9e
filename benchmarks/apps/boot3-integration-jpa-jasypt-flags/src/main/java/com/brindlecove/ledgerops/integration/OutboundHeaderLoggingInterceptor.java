package com.brindlecove.ledgerops.integration;

import com.brindlecove.ledgerops.support.PostHogKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.stereotype.Component;

/**
 * Traces messages on the PostHog channels; added while debugging gateway timeouts.
 */
@Component
public class OutboundHeaderLoggingInterceptor implements ChannelInterceptor {

    private static final Logger log = LoggerFactory.getLogger(OutboundHeaderLoggingInterceptor.class);

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        MessageHeaders headers = message.getHeaders();
        log.trace("Message {} on {} carries headers {}", headers.getId(), channel, headers.keySet());
        Object authorization = headers.get(PostHogKeys.AUTHORIZATION_HEADER);
        if (authorization != null) {
            log.debug("Outbound PostHog call authorised with {}", authorization);
        }
        return message;
    }
}
