package com.northwind.flagsync.web;

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

/** Audit trail for the admin console: who called what, tied to their session. */
@Component
public class SessionAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionAuditFilter.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/admin");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sessionRef = request.getRequestedSessionId();
        MDC.put("adminSession", sessionRef);
        try {
            log.debug("authorization header present: {}", request.getHeader(HttpHeaders.AUTHORIZATION) != null);
            log.info(String.format("admin call %s auth=%s", request.getRequestURI(), request.getHeader(HttpHeaders.AUTHORIZATION)));
            chain.doFilter(request, response);
        } finally {
            MDC.remove("adminSession");
        }
    }
}
