package com.northwind.flaggate.config;

import com.northwind.flaggate.ws.FlagStreamHandler;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;

@Configuration
@EnableWebSocket
public class WebSocketConfig implements WebSocketConfigurer {

    private static final Logger log = LoggerFactory.getLogger(WebSocketConfig.class);

    private final FlagStreamHandler flagStreamHandler;

    public WebSocketConfig(FlagStreamHandler flagStreamHandler) {
        this.flagStreamHandler = flagStreamHandler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(flagStreamHandler, "/ws/flags")
                .addInterceptors(new JwtPrincipalHandshakeInterceptor())
                .setAllowedOriginPatterns("https://*.northwind.io", "http://localhost:[*]");
    }

    /**
     * Copies the authenticated JWT principal into the WebSocket session attributes so the
     * handler knows who is connected and whether they may see admin frames.
     */
    static class JwtPrincipalHandshakeInterceptor implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                       WebSocketHandler wsHandler, Map<String, Object> attributes) {
            String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            log.debug("WebSocket handshake from {} (Authorization: {})",
                    request.getRemoteAddress(), authorization);

            if (!(request.getPrincipal() instanceof JwtAuthenticationToken jwtAuth)) {
                log.warn("Rejecting WebSocket handshake from {}: no JWT principal", request.getRemoteAddress());
                return false;
            }
            attributes.put(FlagStreamHandler.ATTR_SUBJECT, jwtAuth.getName());
            attributes.put(FlagStreamHandler.ATTR_ADMIN, jwtAuth.getAuthorities().stream()
                    .anyMatch(a -> "SCOPE_flags:admin".equals(a.getAuthority())));
            return true;
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                   WebSocketHandler wsHandler, Exception exception) {
            // nothing to clean up
        }
    }
}
