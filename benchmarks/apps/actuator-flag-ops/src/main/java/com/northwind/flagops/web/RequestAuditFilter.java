package com.northwind.flagops.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Puts request correlation data into the MDC and logs a safe summary of each request. */
@Component
public class RequestAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);

    private static final Set<String> SAFE_HEADERS = Set.of("user-agent", "accept", "content-type", "x-request-id");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MDC.put("requestId", UUID.randomUUID().toString());
        HttpSession session = request.getSession(false);
        if (session != null) {
            MDC.put("httpSession", session.getId());
        }
        if (log.isDebugEnabled()) {
            String headers = Collections.list(request.getHeaderNames()).stream()
                    .filter(name -> SAFE_HEADERS.contains(name.toLowerCase(Locale.ROOT)))
                    .map(name -> name + "=" + request.getHeader(name))
                    .collect(Collectors.joining(", "));
            log.debug("{} {} [{}]", request.getMethod(), request.getRequestURI(), headers);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.clear();
        }
    }
}
