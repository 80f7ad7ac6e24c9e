package com.harborline.flaggateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.harborline.flaggateway.config.GatewayProperties;
import lombok.extern.slf4j.Slf4j;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Guards /api/v1/internal/** with static keys issued to internal services.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiKeyAuthFilter implements WebFilter {

    public static final String API_KEY_HEADER = "X-Api-Key";

    private static final String INTERNAL_PREFIX = "/api/v1/internal/";

    private final GatewayProperties gateway;

    public ApiKeyAuthFilter(GatewayProperties gateway) {
        this.gateway = gateway;
        log.info("Internal API protected by {} configured API keys", gateway.getInternalApiKeys().size());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith(INTERNAL_PREFIX)) {
            return chain.filter(exchange);
        }
        String presented = exchange.getRequest().getHeaders().getFirst(API_KEY_HEADER);
        if (presented != null && gateway.getInternalApiKeys().contains(presented)) {
            log.debug("Internal caller {} authenticated for {}", digestHex(presented), path);
            return chain.filter(exchange);
        }
        log.warn("Rejected internal call to {} with {}={}", path, API_KEY_HEADER, presented);
        exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
        return exchange.getResponse().setComplete();
    }

    static String digestHex(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
