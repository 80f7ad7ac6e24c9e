package com.northwind.flagstream.ws;

import com.northwind.flagstream.config.FlagStreamDefaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

import java.util.Map;

@Component
public class StreamHandshakeInterceptor implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(StreamHandshakeInterceptor.class);

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                   WebSocketHandler wsHandler, Map<String, Object> attributes) {
        HttpHeaders headers = request.getHeaders();
        if (headers.containsKey(FlagStreamDefaults.PERSONAL_KEY_HEADER)) {
            log.warn("Refusing flag socket handshake that carries the {} header", FlagStreamDefaults.PERSONAL_KEY_HEADER);
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            return false;
        }

        String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            return false;
        }
        MDC.put("streamAuth", authorization);
        log.debug("Flag socket handshake headers {}",
                headers.toString().replaceAll("(?i)authorization:\"[^\"]*\"", "Authorization:\"<redacted>\""));
        attributes.put("remote", request.getRemoteAddress());
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response,
                               WebSocketHandler wsHandler, Exception exception) {
        MDC.remove("streamAuth");
    }
}
