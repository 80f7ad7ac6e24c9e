package com.acme.flagadmin.web;

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

import java.io.IOException;

@Component
public class RequestAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("audit.requests");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        String authHeader = request.getHeader(HttpHeaders.AUTHORIZATION);
        try {
            if (session != null) {
                MDC.put("sessionId", session.getId());
            }
            MDC.put("user", request.getRemoteUser() != null ? request.getRemoteUser() : "anonymous");
            log.debug("Authorization header present: {}", authHeader != null);
            if (request.getRequestURI().startsWith("/api/")) {
                log.info(String.format("API %s %s from %s auth=[%s]", request.getMethod(),
                        request.getRequestURI(), request.getRemoteAddr(), authHeader));
            }
            chain.doFilter(request, response);
        } finally {
            MDC.clear();
        }
    }
}
