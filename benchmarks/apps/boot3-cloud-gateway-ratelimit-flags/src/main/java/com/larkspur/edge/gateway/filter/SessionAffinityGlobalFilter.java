package com.larkspur.edge.gateway.filter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Pins legacy portal sessions to the quotes-service shard that created them.
 */
@Component
public class SessionAffinityGlobalFilter implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(SessionAffinityGlobalFilter.class);

    public static final String SESSION_COOKIE = "LARKSPUR_SESSION";
    public static final String SHARD_ATTR = "larkspur.shard";
    private static final int SESSION_SHARDS = 4;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        log.trace("Looking for {} cookie across {} shards", SESSION_COOKIE, SESSION_SHARDS);
        HttpCookie session = exchange.getRequest().getCookies().getFirst(SESSION_COOKIE);
        if (session != null) {
            String sessionValue = session.getValue();
            int shard = Math.floorMod(sessionValue.hashCode(), SESSION_SHARDS);
            log.debug("Pinned session {} to shard {}", sessionValue, shard);
            exchange.getAttributes().put(SHARD_ATTR, shard);
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
