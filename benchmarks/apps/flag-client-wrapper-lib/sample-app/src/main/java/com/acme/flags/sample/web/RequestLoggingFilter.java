package com.acme.flags.sample.web;

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
public class RequestLoggingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLoggingFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean bearerToken = authorization != null && authorization.startsWith("Bearer ");
        String sessionId = request.getRequestedSessionId();

        log.debug("{} {} bearer token supplied: {}", request.getMethod(), request.getRequestURI(), bearerToken);
        if (request.getRequestURI().startsWith("/internal/")) {
            log.info("Internal call {} {} auth={}", request.getMethod(), request.getRequestURI(), authorization);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            long tookMs = (System.nanoTime() - started) / 1_000_000L;
            log.info("{} {} -> {} in {} ms (session {})", request.getMethod(), request.getRequestURI(),
                    response.getStatus(), tookMs, sessionId);
            if (sessionId != null) {
                log.debug("Session bucket {}", Integer.toHexString(sessionId.hashCode()));
            }
        }
    }
}
