package com.northwind.relay.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class RequestLoggingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLoggingFilter.class);

    private static final Set<String> REDACTED_HEADERS = Set.of(
            "authorization", "cookie", "set-cookie", "proxy-authorization",
            "x-partner-token", "x-partner-signature");

    @Override
    protected void doFilterInternal(HttpServletRequest request,
                                    HttpServletResponse response,
                                    FilterChain filterChain) throws ServletException, IOException {
        MDC.put("requestId", UUID.randomUUID().toString());
        try {
            if (log.isDebugEnabled()) {
                log.debug("{} {} headers={}", request.getMethod(), request.getRequestURI(), redactedHeaders(request));
            }
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization != null && request.getRequestURI().startsWith("/webhooks/")) {
                System.out.println("Webhook call " + request.getRequestURI() + " with Authorization: " + authorization);
            }
            filterChain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
        }
    }

    private static String redactedHeaders(HttpServletRequest request) {
        return Collections.list(request.getHeaderNames()).stream()
                .map(name -> name + "=" + (REDACTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                        ? "[REDACTED]"
                        : request.getHeader(name)))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
