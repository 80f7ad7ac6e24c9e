package com.acme.flagaudit.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestLoggingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLoggingFilter.class);
    private static final Set<String> REDACTED_HEADERS = Set.of(
            "authorization", "cookie", "proxy-authorization", "x-flag-audit-token");

    @Override
    protected void doFilterInternal(HttpServletRequest request,
                                    HttpServletResponse response,
                                    FilterChain filterChain) throws ServletException, IOException {
        long started = System.currentTimeMillis();
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);

        if (log.isTraceEnabled()) {
            String headerDump = Collections.list(request.getHeaderNames()).stream()
                    .map(name -> name + "=" + (REDACTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                            ? "[REDACTED]"
                            : request.getHeader(name)))
                    .collect(Collectors.joining(", "));
            log.trace("Inbound {} {} headers: {}", request.getMethod(), request.getRequestURI(), headerDump);
        }
        log.debug("Header {} present: {}", HttpHeaders.AUTHORIZATION, authorization != null);

        if (request.getRequestURI().startsWith("/api/flags/audit/sync")) {
            log.debug("Manual sync requested by {} with Authorization {}", request.getRemoteAddr(), authorization);
        }

        try {
            filterChain.doFilter(request, response);
        } finally {
            long elapsed = System.currentTimeMillis() - started;
            String sessionId = request.getRequestedSessionId();
            log.info("{} {} -> {} in {} ms, session {}", request.getMethod(), request.getRequestURI(), response.getStatus(), elapsed, sessionId);
        }
    }
}
