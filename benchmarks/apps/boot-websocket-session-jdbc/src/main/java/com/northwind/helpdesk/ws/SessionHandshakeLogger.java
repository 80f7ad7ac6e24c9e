package com.northwind.helpdesk.ws;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Diagnostics for the chat handshake; we had reports of the widget losing its Spring Session
 * cookie behind the corporate proxy.
 */
@Component
public class SessionHandshakeLogger implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(SessionHandshakeLogger.class);

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                   WebSocketHandler wsHandler, Map<String, Object> attributes) {
        String path = request.getURI().getPath();
        log.debug("WS handshake {} from {} cookie={}", path, request.getRemoteAddress(), request.getHeaders().getFirst(HttpHeaders.COOKIE));
        if (request instanceof ServletServerHttpRequest servletRequest) {
            boolean hasSession = servletRequest.getServletRequest().getSession(false) != null;
            log.debug("Handshake {} has an existing HTTP session: {}", path, hasSession);
        }
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response,
                               WebSocketHandler wsHandler, Exception exception) {
        if (exception != null) {
            log.warn("WS handshake {} failed", request.getURI().getPath(), exception);
        }
    }
}
