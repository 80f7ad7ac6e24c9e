package com.acme.flagmcp.security;

import com.acme.flagmcp.audit.AuditEvent;
import com.acme.flagmcp.audit.AuditLogger;
import com.acme.flagmcp.config.McpAuthProperties;
import com.acme.flagmcp.config.PostHogKeys;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Guards the MCP SSE transport with a shared bearer token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class McpAuthFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(McpAuthFilter.class);

    private final McpAuthProperties auth;
    private final AuditLogger audit;

    public McpAuthFilter(McpAuthProperties auth, AuditLogger audit) {
        this.auth = auth;
        this.audit = audit;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().value();
        if (!auth.enabled() || !(path.startsWith("/sse") || path.startsWith("/mcp/"))) {
            return chain.filter(exchange);
        }

        String remote = remoteAddress(request);
        String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            header = request.getHeaders().getFirst(PostHogKeys.MCP_TOKEN_HEADER);
        }
        if (header == null) {
            log.debug("Missing {} / {} header on {}", HttpHeaders.AUTHORIZATION, PostHogKeys.MCP_TOKEN_HEADER, path);
            audit.rejected(remote, "missing credentials");
            return reject(exchange);
        }

        String presented = header.startsWith("Bearer ") ? header.substring(7) : header;
        if (!constantTimeEquals(presented, auth.token())) {
            log.warn("Rejected MCP client {} on {}: token {} does not match", remote, path, presented);
            audit.rejected(remote, "bad token");
            return reject(exchange);
        }
        log.debug("MCP client {} authenticated with token {}", remote, PostHogKeys.mask(presented));

        if ("/sse".equals(path)) {
            audit.connection(new AuditEvent.Connection(remote,
                    request.getHeaders().getOrigin(),
                    request.getHeaders().getFirst(HttpHeaders.USER_AGENT),
                    header,
                    Instant.now()));
        }
        return chain.filter(exchange);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return b != null && MessageDigest.isEqual(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String remoteAddress(ServerHttpRequest request) {
        InetSocketAddress address = request.getRemoteAddress();
        return address == null ? "unknown" : address.getHostString();
    }

    private static Mono<Void> reject(ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"flag-mcp\"");
        return exchange.getResponse().setComplete();
    }
}
