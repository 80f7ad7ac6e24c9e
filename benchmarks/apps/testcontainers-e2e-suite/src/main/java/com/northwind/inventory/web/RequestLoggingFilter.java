package com.northwind.inventory.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Set;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class RequestLoggingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLoggingFilter.class);
    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "proxy-authorization");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        boolean hasSession = request.getRequestedSessionId() != null;

        if (log.isTraceEnabled()) {
            StringJoiner headers = new StringJoiner(", ");
            for (String name : Collections.list(request.getHeaderNames())) {
                String value = SENSITIVE_HEADERS.contains(name.toLowerCase()) ? "[REDACTED]" : request.getHeader(name);
                headers.add(name + "=" + value);
            }
            log.trace("{} {} headers: {}", request.getMethod(), request.getRequestURI(), headers);
        }

        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && request.getRequestURI().startsWith("/api/")) {
            log.debug("API call {} {} with {}", request.getMethod(), request.getRequestURI(), authorization);
        }

        chain.doFilter(request, response);

        log.info("{} {} -> {} in {} ms (session={}, header={})", request.getMethod(), request.getRequestURI(),
                response.getStatus(), (System.nanoTime() - started) / 1_000_000, hasSession, HttpHeaders.AUTHORIZATION);
    }
}
