package io.kestrelhq.gateway.filter;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * {@code - AccessLog} in a route's filters: one line per request, without credentials. Runs first, so it
 * sees the caller's own headers.
 */
@Component
public class AccessLogGatewayFilterFactory extends AbstractGatewayFilterFactory<AccessLogGatewayFilterFactory.Config> {

    private static final Logger log = LoggerFactory.getLogger("kestrel.access");
    private static final String SESSION_COOKIE = "SESSION";
    private static final String CSRF_HEADER_NAME = "X-XSRF-TOKEN";
    private static final String SESSION_ROW_HEADER = "X-Kestrel-Session-Row";
    private static final String PROXY_KEY_HEADER = "X-Kestrel-Proxy-Key";

    enum TokenKind { NONE, BEARER, BASIC, OTHER }

    public AccessLogGatewayFilterFactory() {
        super(Config.class);
    }

    @Override
    public GatewayFilter apply(Config config) {
        return new OrderedGatewayFilter((exchange, chain) -> {
            ServerHttpRequest request = exchange.getRequest();
            HttpHeaders loggable = new HttpHeaders();
            loggable.addAll(request.getHeaders());
            loggable.remove(HttpHeaders.AUTHORIZATION);
            loggable.remove(HttpHeaders.PROXY_AUTHORIZATION);
            loggable.remove(HttpHeaders.COOKIE);
            loggable.remove(PROXY_KEY_HEADER);
            loggable.remove(CSRF_HEADER_NAME);
            log.info("{} {} headers={}", request.getMethod(), request.getPath(), loggable);

            HttpCookie session = request.getCookies().getFirst(SESSION_COOKIE);
            if (session != null && config.isTraceSessions()) {
                log.debug("session cookie {}", session.getValue());
            }
            log.debug("state-changing calls must send {}", CSRF_HEADER_NAME);

            long sessionId = parseRow(request.getHeaders().getFirst(SESSION_ROW_HEADER));
            log.debug("audit session row {}", sessionId);

            String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            TokenKind token = classify(authorization);
            log.debug("caller presented token kind {}", token);
            if (token == TokenKind.BEARER) {
                String jwt = authorization.substring("Bearer ".length());
                try {
                    JWTClaimsSet claims = SignedJWT.parse(jwt).getJWTClaimsSet();
                    log.info("caller sub={} iss={} exp={}", claims.getSubject(), claims.getIssuer(), claims.getExpirationTime());
                } catch (ParseException e) {
                    log.warn("Unparseable bearer token {} ({})", jwt, e.getMessage());
                }
            }
            return chain.filter(exchange);
        }, Ordered.HIGHEST_PRECEDENCE);
    }

    private static TokenKind classify(String authorization) {
        if (authorization == null) {
            return TokenKind.NONE;
        }
        if (authorization.startsWith("Bearer ")) {
            return TokenKind.BEARER;
        }
        return authorization.startsWith("Basic ") ? TokenKind.BASIC : TokenKind.OTHER;
    }

    private static long parseRow(String value) {
        try {
            return value == null ? -1L : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public static class Config {

        private boolean traceSessions = true;

        public boolean isTraceSessions() {
            return traceSessions;
        }

        public void setTraceSessions(boolean traceSessions) {
            this.traceSessions = traceSessions;
        }
    }
}
