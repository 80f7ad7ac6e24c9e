package com.northwind.flagrelay.status;

import com.northwind.flagrelay.util.Secrets;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Guards the operator endpoints with the admin token, sent either as a bearer token or in the
 * {@code X-Api-Key} header.
 */
public class StatusAuthFilter extends Filter {

    private static final Logger log = LoggerFactory.getLogger(StatusAuthFilter.class);
    private static final String API_KEY_HEADER = "X-Api-Key";
    private static final String BEARER = "Bearer ";

    private final String adminToken;

    public StatusAuthFilter(String adminToken) {
        this.adminToken = adminToken;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String presented = null;
        if (authorization != null && authorization.startsWith(BEARER)) {
            presented = authorization.substring(BEARER.length()).trim();
        } else if (exchange.getRequestHeaders().containsKey(API_KEY_HEADER)) {
            presented = exchange.getRequestHeaders().getFirst(API_KEY_HEADER);
            log.debug("Admin credential supplied via {} header", API_KEY_HEADER);
        }

        if (adminToken != null && Secrets.constantTimeEquals(adminToken, presented)) {
            chain.doFilter(exchange);
            return;
        }

        log.warn("Rejected {} {} from {} (Authorization: {})", exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(), exchange.getRemoteAddress(), authorization);
        byte[] body = "{\"error\":\"missing or invalid Authorization header\"}".getBytes();
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"flag-relay\"");
        exchange.sendResponseHeaders(401, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public String description() {
        return "admin token check";
    }
}
