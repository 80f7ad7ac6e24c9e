package com.brightloop.rollout.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class RequestAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);
    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain filterChain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean sessionIdPresent = request.getRequestedSessionId() != null;

        log.trace("Incoming {} {} headers={}", request.getMethod(), request.getRequestURI(), redactedHeaders(request));
        log.trace("Requested session id present: {}", sessionIdPresent);
        if (authorization != null && request.getRequestURI().startsWith("/api/rollout/admin")) {
            log.debug("Admin request {} {} authorized with {}", request.getMethod(), request.getRequestURI(), authorization);
        }
        try {
            filterChain.doFilter(request, response);
        } finally {
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            log.info("{} {} -> {} in {} ms session={}", request.getMethod(), request.getRequestURI(), response.getStatus(), tookMs, request.getRequestedSessionId());
        }
    }

    private Map<String, String> redactedHeaders(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            boolean sensitive = SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            headers.put(name, sensitive ? "[REDACTED]" : request.getHeader(name));
        }
        return headers;
    }
}
