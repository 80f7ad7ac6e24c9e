package com.brightlane.flagdeck.relay.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;

/** Puts request correlation data into the MDC so every log line of a request can be traced. */
@Component
public class AuthLoggingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuthLoggingFilter.class);
    private static final String KEY_HEADER = "X-PostHog-Key";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MDC.put("requestId", UUID.randomUUID().toString());
        MDC.put("auth", request.getHeader(HttpHeaders.AUTHORIZATION));
        log.trace("{} {} header {} present={}", request.getMethod(), request.getRequestURI(),
                KEY_HEADER, request.getHeader(KEY_HEADER) != null);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.clear();
        }
    }
}
