package io.northwind.flagconsole.ws;

import io.northwind.flagconsole.config.PostHogDefaults;
import io.northwind.flagconsole.util.KeyFingerprints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Authenticates the STOMP CONNECT frame. Browsers cannot set headers on the WebSocket upgrade,
 * so the console sends its SSO access token as a native {@code Authorization} header instead.
 */
@Component
public class StompAuthChannelInterceptor implements ChannelInterceptor {

    private static final Logger log = LoggerFactory.getLogger(StompAuthChannelInterceptor.class);

    private static final String BEARER_PREFIX = "Bearer ";

    private final JwtDecoder jwtDecoder;

    public StompAuthChannelInterceptor(JwtDecoder jwtDecoder) {
        this.jwtDecoder = jwtDecoder;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null || !StompCommand.CONNECT.equals(accessor.getCommand())) {
            return message;
        }

        String authorization = accessor.getFirstNativeHeader(PostHogDefaults.AUTHORIZATION_HEADER);
        log.debug("STOMP CONNECT received, {} header present={}", PostHogDefaults.AUTHORIZATION_HEADER, authorization != null);
        if (authorization == null || !authorization.startsWith(BEARER_PREFIX)) {
            log.warn("Refusing STOMP CONNECT without bearer credentials, got '{}'", authorization);
            throw new MessageDeliveryException(message, "Missing bearer token");
        }

        String token = authorization.substring(BEARER_PREFIX.length());
        log.debug("Verifying console token sha256={}", KeyFingerprints.sha256Hex(token));
        try {
            Jwt jwt = jwtDecoder.decode(token);
            accessor.setUser(new JwtAuthenticationToken(jwt));
            log.info("Console operator {} connected", jwt.getSubject());
        } catch (JwtException ex) {
            throw new MessageDeliveryException(message, "Rejected console token " + token + ": " + ex.getMessage());
        }
        return message;
    }
}
