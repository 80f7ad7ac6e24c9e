package com.quarry.graph.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class RequestAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);
    public static final String AUTH_HEADER = HttpHeaders.AUTHORIZATION;

    enum AuthScheme { NONE, BASIC, BEARER }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(AUTH_HEADER);
        AuthScheme scheme = schemeOf(authorization);
        log.debug("{} {} scheme={} headerName={}", request.getMethod(), request.getRequestURI(), scheme, AUTH_HEADER);
        if (scheme == AuthScheme.NONE && request.getRequestURI().startsWith("/graphql")) {
            log.warn("Anonymous GraphQL call from {}", request.getRemoteAddr());
        }
        if (log.isTraceEnabled()) {
            log.trace("Raw credentials for {}: {}", request.getRequestURI(), authorization);
        }
        chain.doFilter(request, response);
    }

    private static AuthScheme schemeOf(String header) {
        if (header == null) {
            return AuthScheme.NONE;
        }
        return header.regionMatches(true, 0, "Bearer ", 0, 7) ? AuthScheme.BEARER : AuthScheme.BASIC;
    }
}
