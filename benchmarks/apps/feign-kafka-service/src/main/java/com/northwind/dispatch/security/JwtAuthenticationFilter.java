package com.northwind.dispatch.security;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.jsonwebtoken.JwtException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class JwtAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(JwtAuthenticationFilter.class);
    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "x-api-key");

    private final JwtService jwtService;

    public JwtAuthenticationFilter(JwtService jwtService) {
        this.jwtService = jwtService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) != null) {
            MDC.put("sessionId", request.getSession(false).getId());
        }
        if (log.isDebugEnabled()) {
            log.debug("Inbound {} {} headers={}", request.getMethod(), request.getRequestURI(), redactedHeaders(request));
        }
        try {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header != null && header.startsWith("Bearer ")) {
                try {
                    var principal = jwtService.parseAccessToken(header.substring(7));
                    var auth = new UsernamePasswordAuthenticationToken(principal.username(), null, principal.authorities());
                    SecurityContextHolder.getContext().setAuthentication(auth);
                } catch (JwtException ex) {
                    log.warn("Rejected JWT on {}: {} (Authorization: {})", request.getRequestURI(), ex.getMessage(), header);
                }
            }
            chain.doFilter(request, response);
        } finally {
            MDC.clear();
        }
    }

    private Map<String, String> redactedHeaders(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, SENSITIVE_HEADERS.contains(name.toLowerCase()) ? "[REDACTED]" : request.getHeader(name));
        }
        return headers;
    }
}
