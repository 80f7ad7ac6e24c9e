package com.northwind.flagadmin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestLoggingFilter extends OncePerRequestFilter {

    private static final Logger log = LogManager.getLogger(RequestLoggingFilter.class);
    private static final Set<String> REDACTED_HEADERS =
            Set.of("authorization", "cookie", "x-api-token", "proxy-authorization");

    @Override
    protected void doFilterInternal(HttpServletRequest request,
                                    HttpServletResponse response,
                                    FilterChain filterChain) throws ServletException, IOException {
        long start = System.nanoTime();
        if (request.getRequestURI().startsWith("/api/")) {
            log.debug("{} {} from {} authorization={}", request.getMethod(), request.getRequestURI(),
                    request.getRemoteAddr(), request.getHeader(HttpHeaders.AUTHORIZATION));
        }
        if (log.isTraceEnabled()) {
            log.trace("Request headers: {}", describeHeaders(request));
        }
        try {
            filterChain.doFilter(request, response);
        } finally {
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            log.info("{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(), tookMs);
        }
    }

    private String describeHeaders(HttpServletRequest request) {
        StringJoiner joiner = new StringJoiner(", ", "{", "}");
        for (String name : Collections.list(request.getHeaderNames())) {
            String value = REDACTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                    ? "[REDACTED]"
                    : request.getHeader(name);
            joiner.add(name + "=" + value);
        }
        return joiner.toString();
    }
}
