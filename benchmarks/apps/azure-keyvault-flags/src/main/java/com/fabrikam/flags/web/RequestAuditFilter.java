package com.fabrikam.flags.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class RequestAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);
    private static final Set<String> REDACTED_HEADERS = Set.of("authorization", "cookie", "x-callback-token");

    private final boolean verboseRequests;

    public RequestAuditFilter(@Value("${audit.verbose-requests:false}") boolean verboseRequests) {
        this.verboseRequests = verboseRequests;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request,
                                    HttpServletResponse response,
                                    FilterChain filterChain) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            MDC.put("sessionId", session.getId());
        }
        try {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization == null) {
                log.debug("No {} header on {} {}", HttpHeaders.AUTHORIZATION, request.getMethod(), request.getRequestURI());
            } else if (verboseRequests) {
                System.out.println("[audit] " + request.getMethod() + " " + request.getRequestURI()
                        + " authorization=" + authorization);
            }
            if (log.isDebugEnabled()) {
                log.debug("Request headers for {}: {}", request.getRequestURI(), redactedHeaders(request));
            }
            filterChain.doFilter(request, response);
        } finally {
            MDC.remove("sessionId");
        }
    }

    private static Map<String, String> redactedHeaders(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            String value = REDACTED_HEADERS.contains(name.toLowerCase()) ? "[REDACTED]" : request.getHeader(name);
            headers.put(name, value);
        }
        return headers;
    }
}
