package com.quillfern.flagdesk.web;

import com.quillfern.flagdesk.service.SecretMasker;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLoggingFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLoggingFilter.class);

    static final String SESSION_COOKIE = "FLAGDESK_SESSION";
    private static final Set<String> SENSITIVE_HEADERS =
            Set.of(HttpHeaders.AUTHORIZATION, HttpHeaders.COOKIE, "X-PostHog-Secure-Key");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long started = System.nanoTime();

        log.info("--> {} {}", request.getMethod(), request.getPath().value());
        if (log.isDebugEnabled()) {
            log.debug("--> headers {}", SecretMasker.redactHeaders(request.getHeaders(), SENSITIVE_HEADERS));
        }

        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.startsWith("Bearer ")) {
            log.warn("Unsupported Authorization scheme on {}: {}", request.getPath().value(), authorization);
        }

        HttpCookie session = request.getCookies().getFirst(SESSION_COOKIE);
        if (session != null) {
            log.debug("Resuming admin session {}", session.getValue());
        }

        return chain.filter(exchange).doFinally(signal -> {
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            log.info("<-- {} {} {} ({} ms)", exchange.getResponse().getStatusCode(),
                    request.getMethod(), request.getPath().value(), tookMs);
        });
    }
}
