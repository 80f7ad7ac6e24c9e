package com.northwind.flagdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

@Component
public class RequestAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);

    private static final Set<String> SENSITIVE_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "x-csrf-token", "x-xsrf-token");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        if (uri.startsWith("/connect/")) {
            log.debug("Endpoint call {} {} headers {}", request.getMethod(), uri, redactedHeaders(request));
            boolean bearerPresent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
            log.debug("{} header present: {}", HttpHeaders.AUTHORIZATION, bearerPresent);
        }

        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && uri.startsWith("/bootstrap/")) {
            log.info("Bootstrap call {} authorized with {}", uri, authorization);
        }

        HttpSession session = request.getSession(false);
        if (session != null && session.isNew()) {
            int sessionTimeout = session.getMaxInactiveInterval();
            log.info("New console session {} from {}", session.getId(), request.getRemoteAddr());
            log.debug("Session timeout {}s", sessionTimeout);
        }

        chain.doFilter(request, response);
    }

    private Map<String, String> redactedHeaders(HttpServletRequest request) {
        Map<String, String> headers = new TreeMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            boolean sensitive = SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            headers.put(name, sensitive ? "[REDACTED]" : request.getHeader(name));
        }
        return headers;
    }
}
