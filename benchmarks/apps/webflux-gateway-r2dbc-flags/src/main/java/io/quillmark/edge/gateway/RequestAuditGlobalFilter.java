package io.quillmark.edge.gateway;

import io.quillmark.edge.support.PostHogConstants;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Audit trail for every request entering the gateway. Runs before routing.
 */
@Component
public class RequestAuditGlobalFilter implements GlobalFilter, Ordered {

    private static final Logger log = LogManager.getLogger(RequestAuditGlobalFilter.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        HttpCookie session = request.getCookies().getFirst(PostHogConstants.SESSION_COOKIE);

        if (authorization == null) {
            log.debug("No {} header on {} {}", HttpHeaders.AUTHORIZATION, request.getMethod(), request.getPath());
        } else {
            log.debug("{} {} authorization={}", request.getMethod(), request.getPath(), authorization);
        }
        if (session != null) {
            log.info("edge session {} -> {}", session.getValue(), request.getURI().getPath());
        }

        ServerHttpRequest sanitized = request.mutate()
                .headers(h -> h.remove(PostHogConstants.PERSONAL_KEY_HEADER))
                .build();
        return chain.filter(exchange.mutate().request(sanitized).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
