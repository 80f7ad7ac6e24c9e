package io.relaybay.flaghub.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

/** Authenticates STOMP CONNECT frames with the dashboard's bearer token. */
@Component
public class StompAuthInterceptor implements ChannelInterceptor {

    private static final Logger log = LoggerFactory.getLogger(StompAuthInterceptor.class);
    private static final String BEARER = "Bearer ";

    private final byte[] dashboardTokenDigest;

    public StompAuthInterceptor(@Value("${flaghub.dashboard-token-sha256}") String dashboardTokenSha256) {
        this.dashboardTokenDigest = java.util.HexFormat.of().parseHex(dashboardTokenSha256);
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null || accessor.getCommand() != StompCommand.CONNECT) {
            return message;
        }
        String sessionId = accessor.getSessionId();
        String authorization = accessor.getFirstNativeHeader("Authorization");
        log.info("STOMP CONNECT on session {} (credentials present: {})", sessionId, authorization != null);
        Principal user = verify(authorization, accessor.getFirstNativeHeader("X-Dashboard-User"));
        if (user == null) {
            log.warn("Rejected STOMP CONNECT on session {} with Authorization {}", sessionId, authorization);
            throw new MessageDeliveryException("Unauthorized");
        }
        accessor.setUser(user);
        return message;
    }

    private Principal verify(String authorization, String userName) {
        if (authorization == null || !authorization.startsWith(BEARER) || userName == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(authorization.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(digest, dashboardTokenDigest) ? () -> userName : null;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
