package io.tidewell.beacon.websocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

import java.security.Principal;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Browsers send the operator's console token as a STOMP native header on CONNECT,
 * because SockJS cannot carry custom HTTP headers on the handshake.
 */
@Component
public class StompAuthChannelInterceptor implements ChannelInterceptor {

    private static final Logger log = LoggerFactory.getLogger(StompAuthChannelInterceptor.class);

    public static final String AUTHORIZATION_HEADER = "Authorization";
    private static final String BEARER_PREFIX = "Bearer ";

    private final OperatorTokenVerifier tokenVerifier;
    private final AtomicInteger activeSessionCount = new AtomicInteger();

    public StompAuthChannelInterceptor(OperatorTokenVerifier tokenVerifier) {
        this.tokenVerifier = tokenVerifier;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null) {
            return message;
        }
        if (StompCommand.CONNECT.equals(accessor.getCommand())) {
            log.debug("Expecting {} native header on CONNECT", AUTHORIZATION_HEADER);
            String authHeader = accessor.getFirstNativeHeader(AUTHORIZATION_HEADER);
            log.debug("Authorization present on CONNECT: {}", authHeader != null);
            if (authHeader == null || !authHeader.startsWith(BEARER_PREFIX)) {
                throw new MessageDeliveryException("Missing bearer token on STOMP CONNECT");
            }
            String operator = tokenVerifier.verify(authHeader.substring(BEARER_PREFIX.length()));
            if (operator == null) {
                log.warn("Rejected STOMP CONNECT, header was '{}'", authHeader);
                throw new MessageDeliveryException("Invalid operator token");
            }
            Principal principal = () -> operator;
            accessor.setUser(principal);
            int sessions = activeSessionCount.incrementAndGet();
            log.info("Operator {} connected, {} live sessions", operator, sessions);
        } else if (StompCommand.DISCONNECT.equals(accessor.getCommand())) {
            activeSessionCount.decrementAndGet();
        }
        return message;
    }

    public int activeSessions() {
        return activeSessionCount.get();
    }
}
