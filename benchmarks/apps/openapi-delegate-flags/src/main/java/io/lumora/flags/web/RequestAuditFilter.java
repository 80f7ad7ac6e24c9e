package io.lumora.flags.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@Component
public class RequestAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LogManager.getLogger(RequestAuditFilter.class);
    private static final String ADMIN_TOKEN_HEADER = "X-Lumora-Admin-Token";
    private static final Set<String> REDACTED_HEADERS = Set.of(
            HttpHeaders.AUTHORIZATION.toLowerCase(Locale.ROOT),
            HttpHeaders.PROXY_AUTHORIZATION.toLowerCase(Locale.ROOT),
            HttpHeaders.COOKIE.toLowerCase(Locale.ROOT),
            ADMIN_TOKEN_HEADER.toLowerCase(Locale.ROOT));

    private final String adminToken;

    public RequestAuditFilter(@Value("${lumora.admin-token:}") String adminToken) {
        this.adminToken = adminToken;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ThreadContext.put("traceId", UUID.randomUUID().toString());
        try {
            if (log.isDebugEnabled()) {
                Map<String, String> headers = new LinkedHashMap<>();
                for (String name : Collections.list(request.getHeaderNames())) {
                    boolean redact = REDACTED_HEADERS.contains(name.toLowerCase(Locale.ROOT));
                    headers.put(name, redact ? "[REDACTED]" : request.getHeader(name));
                }
                log.debug("{} {} headers={}", request.getMethod(), request.getRequestURI(), headers);
            }
            log.info("{} {} from {} session={}", request.getMethod(), request.getRequestURI(),
                    request.getRemoteAddr(), request.getRequestedSessionId());
            boolean sessionIdFromCookie = request.isRequestedSessionIdFromCookie();
            log.debug("sessionIdFromCookie={}", sessionIdFromCookie);

            if (request.getRequestURI().contains("/projects/")) {
                String presented = request.getHeader(ADMIN_TOKEN_HEADER);
                if (presented == null || !constantTimeEquals(presented, adminToken)) {
                    log.warn("Rejected project call from {} with admin token '{}'", request.getRemoteAddr(), presented);
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
            }
            chain.doFilter(request, response);
        } finally {
            ThreadContext.remove("traceId");
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
