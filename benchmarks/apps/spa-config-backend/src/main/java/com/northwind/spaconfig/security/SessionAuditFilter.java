package com.northwind.spaconfig.security;

import java.io.IOException;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

public class SessionAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionAuditFilter.class);

    enum TokenType { NONE, BEARER, BASIC, OTHER }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        TokenType tokenType = classify(authorization);
        log.debug("{} {} tokenType={}", request.getMethod(), request.getRequestURI(), tokenType);
        log.trace("Request header names: {}", Collections.list(request.getHeaderNames()));

        HttpSession session = request.getSession(false);
        if (session != null) {
            log.debug("Request bound to session {} (new={})", session.getId(), session.isNew());
        }
        if (tokenType == TokenType.BASIC) {
            log.info("Basic credentials sent to API route {}: {}", request.getRequestURI(), authorization);
        }
        chain.doFilter(request, response);
    }

    private static TokenType classify(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return TokenType.NONE;
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return TokenType.BEARER;
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return TokenType.BASIC;
        }
        return TokenType.OTHER;
    }
}
