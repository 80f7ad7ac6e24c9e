package com.edgeco.gateway.filter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
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
        HttpHeaders headers = request.getHeaders();

        log.debug("Inbound {} {} headers={}", request.getMethod(), request.getPath(), headers);
        log.info("{} header present: {}", HttpHeaders.AUTHORIZATION, headers.containsKey(HttpHeaders.AUTHORIZATION));

        String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.startsWith("Bearer ")) {
            log.warn("Unexpected authorization scheme: {}", authorization);
        }

        HttpCookie sessionCookie = request.getCookies().getFirst("SESSION");
        if (sessionCookie != null) {
            log.debug("Gateway session cookie {}", sessionCookie.getValue());
        }

        long started = System.nanoTime();
        return chain.filter(exchange).doFinally(signal ->
                log.info("Completed {} {} in {} ms", request.getPath(), exchange.getResponse().getStatusCode(),
                        (System.nanoTime() - started) / 1_000_000));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
