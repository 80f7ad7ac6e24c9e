package io.kestrelhq.gateway.web;

import io.kestrelhq.gateway.filter.UpstreamAuthException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@Component
@Order(-2)
public class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(ex);
        }
        String body;
        if (ex instanceof UpstreamAuthException upstream) {
            log.warn("Upstream auth misconfigured on route {} ({})", upstream.getRouteId(), exchange.getRequest().getPath());
            response.setStatusCode(HttpStatus.BAD_GATEWAY);
            body = "{\"error\":\"upstream_auth\",\"detail\":\"" + upstream.getMessage() + "\"}";
        } else {
            log.error("Unhandled gateway error {}", ex.getClass().getSimpleName());
            response.setStatusCode(HttpStatus.INTERNAL_SERVER_ERROR);
            body = "{\"error\":\"internal\"}";
        }
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }
}
