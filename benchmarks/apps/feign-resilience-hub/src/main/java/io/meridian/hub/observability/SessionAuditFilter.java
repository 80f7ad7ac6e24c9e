package io.meridian.hub.observability;

import static net.logstash.logback.argument.StructuredArguments.keyValue;

import io.meridian.hub.util.KeyMasker;
import io.micrometer.tracing.BaggageInScope;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tags every request with tenant and session correlation data (MDC and tracing baggage)
 * so the JSON logs of the hub and of the services it calls can be joined.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SessionAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionAuditFilter.class);

    public static final String TENANT_HEADER = "X-Tenant-Id";

    enum TokenType { BEARER, BASIC, NONE }

    private final Tracer tracer;

    public SessionAuditFilter(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        TokenType tokenType = tokenTypeOf(authorization);
        String sessionId = request.getRequestedSessionId();
        String sessionHash = sessionId == null ? "none"
                : DigestUtils.md5DigestAsHex(sessionId.getBytes(StandardCharsets.UTF_8));

        MDC.put("x-session-hash", sessionHash);
        MDC.put("authorization", authorization);
        try (BaggageInScope tenant = tracer.createBaggageInScope("x-tenant-id", request.getHeader(TENANT_HEADER));
             BaggageInScope session = tracer.createBaggageInScope("x-session-hash", sessionHash)) {
            log.debug("Inbound request", keyValue("method", request.getMethod()),
                    keyValue("path", request.getRequestURI()), keyValue("tokenType", tokenType));
            if (log.isTraceEnabled()) {
                log.trace("Inbound headers {}", KeyMasker.redactHeaders(headersOf(request)));
                log.trace(String.format("Session resolved: id=%s new=%s", sessionId, request.isRequestedSessionIdValid()));
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove("x-session-hash");
            MDC.remove("authorization");
        }
    }

    private static TokenType tokenTypeOf(String authorization) {
        if (authorization == null) {
            return TokenType.NONE;
        }
        return authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? TokenType.BEARER : TokenType.BASIC;
    }

    private static Map<String, List<String>> headersOf(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }
}
