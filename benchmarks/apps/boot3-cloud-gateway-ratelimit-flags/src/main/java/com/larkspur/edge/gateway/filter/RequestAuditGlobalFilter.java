package com.larkspur.edge.gateway.filter;

import com.larkspur.edge.gateway.util.KeyMasking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@Component
public class RequestAuditGlobalFilter implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditGlobalFilter.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().value();
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);

        log.debug("{} {} carries {} header: {}", request.getMethod(), path,
                HttpHeaders.AUTHORIZATION, authorization != null);

        if (authorization != null && !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            log.warn("Unexpected auth scheme on {}: Authorization={}", path, authorization);
        }

        long started = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> {
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            log.info("audit route={} path={} status={} auth={} tookMs={}",
                    route != null ? route.getId() : "-",
                    path,
                    exchange.getResponse().getStatusCode(),
                    KeyMasking.redactAuthorization(authorization),
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
