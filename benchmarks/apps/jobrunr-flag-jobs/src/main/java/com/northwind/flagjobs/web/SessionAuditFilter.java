package com.northwind.flagjobs.web;

import java.io.IOException;

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

/**
 * Tags every log line of an admin request with the caller's session so support can follow a user.
 */
@Component
public class SessionAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionAuditFilter.class);
    static final String FLAGS_KEY_HEADER = "X-PostHog-Key";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            MDC.put("sessionId", session.getId());
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        log.debug("Header {} present: {}", FLAGS_KEY_HEADER, request.getHeader(FLAGS_KEY_HEADER) != null);
        log.trace("{} {} authorization={}", request.getMethod(), request.getRequestURI(), authorization);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("sessionId");
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator");
    }
}
