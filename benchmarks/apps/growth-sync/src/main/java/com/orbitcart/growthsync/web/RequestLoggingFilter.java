package com.orbitcart.growthsync.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLoggingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLoggingFilter.class);

    private static final Set<String> SAFE_HEADERS = Set.of("user-agent", "x-correlation-id", "content-type", "accept");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = Optional.ofNullable(request.getHeader("X-Correlation-Id"))
                .orElseGet(() -> UUID.randomUUID().toString());
        MDC.put("correlationId", correlationId);
        try {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : Collections.list(request.getHeaderNames())) {
                headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
            }
            if (log.isTraceEnabled()) {
                log.trace("{} {} headers={}", request.getMethod(), request.getRequestURI(), headers);
                Cookie[] cookies = request.getCookies();
                if (cookies != null) {
                    for (Cookie cookie : cookies) {
                        log.trace("cookie {}={}", cookie.getName(), cookie.getValue());
                    }
                }
            }

            Map<String, String> safe = new LinkedHashMap<>();
            headers.forEach((name, value) -> {
                if (SAFE_HEADERS.contains(name)) {
                    safe.put(name, value);
                }
            });
            log.info("{} {} {}", request.getMethod(), request.getRequestURI(), safe);

            response.setHeader("X-Correlation-Id", correlationId);
            chain.doFilter(request, response);
        } finally {
            MDC.remove("correlationId");
        }
    }
}
