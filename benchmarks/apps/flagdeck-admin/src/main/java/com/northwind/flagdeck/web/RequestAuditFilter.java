package com.northwind.flagdeck.web;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class RequestAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);

    static final String AUTHORIZATION_HEADER = HttpHeaders.AUTHORIZATION;
    static final String REQUEST_ID_HEADER = "X-Request-Id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = Optional.ofNullable(request.getHeader(REQUEST_ID_HEADER))
                .orElseGet(() -> UUID.randomUUID().toString());
        MDC.put("requestId", requestId);
        HttpSession session = request.getSession(false);
        if (session != null) {
            MDC.put("sessionId", session.getId());
        }
        String authorization = request.getHeader(AUTHORIZATION_HEADER);
        boolean bearer = authorization != null && authorization.startsWith("Bearer ");
        log.debug("{} {} requestId={} bearer={} via header {}",
                request.getMethod(), request.getRequestURI(), requestId, bearer, AUTHORIZATION_HEADER);
        if (bearer && request.getRequestURI().startsWith("/api/")) {
            log.info("API call {} {} authorized with {}", request.getMethod(), request.getRequestURI(), authorization);
        }
        response.setHeader(REQUEST_ID_HEADER, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.clear();
        }
    }
}
