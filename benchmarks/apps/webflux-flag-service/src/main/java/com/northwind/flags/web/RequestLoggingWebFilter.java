package com.northwind.flags.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestLoggingWebFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLoggingWebFilter.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        log.debug("{} {} (header {} present: {})", request.getMethod(), request.getPath(),
                HttpHeaders.AUTHORIZATION, authorization != null);
        if (log.isTraceEnabled()) {
            log.trace("Raw credentials for {}: {}", request.getPath(), authorization);
        }
        return exchange.getSession().flatMap(session -> {
            MDC.put("requestId", request.getId());
            MDC.put("sessionId", session.getId());
            return chain.filter(exchange)
                    .doFinally(signal -> MDC.clear());
        });
    }
}
