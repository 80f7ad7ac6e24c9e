package io.kestrelhq.gateway.filter;

import io.kestrelhq.gateway.config.PostHogProxyProperties;
import io.kestrelhq.gateway.config.UpstreamCredentials;
import io.kestrelhq.gateway.support.HeaderRedactor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Internal services call PostHog through the gateway with a shared proxy key; the gateway swaps it
 * for the PostHog credential before the request leaves.
 */
@Component
public class PostHogAuthGlobalFilter implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PostHogAuthGlobalFilter.class);
    private static final String POSTHOG_ROUTE_PREFIX = "posthog-";
    private static final String PROXY_KEY_HEADER = "X-Kestrel-Proxy-Key";

    private final UpstreamCredentials credentials;
    private final String sharedSecret;

    public PostHogAuthGlobalFilter(UpstreamCredentials credentials,
                                   @Value("${kestrel.proxy.shared-secret}") String sharedSecret) {
        this.credentials = credentials;
        this.sharedSecret = sharedSecret;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null || !route.getId().startsWith(POSTHOG_ROUTE_PREFIX)) {
            return chain.filter(exchange);
        }
        ServerHttpRequest request = exchange.getRequest();
        log.debug("Inbound headers (redacted) {}", HeaderRedactor.redact(request.getHeaders()));

        String presented = request.getHeaders().getFirst(PROXY_KEY_HEADER);
        boolean accepted = presented != null
                && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), sharedSecret.getBytes(StandardCharsets.UTF_8));
        if (!accepted) {
            log.warn("Rejected call from {}: missing or wrong {}", request.getRemoteAddress(), PROXY_KEY_HEADER);
            if (log.isTraceEnabled()) {
                log.trace("Rejected {} {} headers={}", request.getMethod(), request.getPath(), request.getHeaders());
            }
            exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
            return exchange.getResponse().setComplete();
        }

        boolean secureMode = credentials.getMode() == PostHogProxyProperties.KeyMode.SECURE;
        boolean looksSecure = credentials.getBearerToken().startsWith("phs_");

        if (secureMode && !looksSecure) {
            throw new UpstreamAuthException(route.getId(), "Route " + route.getId() + " expects a secure key but got " + credentials.getBearerToken());
        }

        exchange.getResponse().getHeaders().set("X-Kestrel-Upstream", credentials.getHost() + "; " + credentials.authorizationValue());
        ServerHttpRequest upstream = request.mutate()
                .headers(h -> {
                    h.remove(PROXY_KEY_HEADER);
                    h.remove(HttpHeaders.COOKIE);
                    h.setBearerAuth(credentials.getBearerToken());
                })
                .build();
        log.debug("Injected {} header for route {}", HttpHeaders.AUTHORIZATION, route.getId());
        return chain.filter(exchange.mutate().request(upstream).build());
    }

    @Override
    public int getOrder() {
        return -10;
    }
}
