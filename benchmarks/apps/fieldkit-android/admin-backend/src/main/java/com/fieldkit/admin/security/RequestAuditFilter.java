package com.fieldkit.admin.security;

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

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);

    static final String DEVICE_KEY_HEADER = "X-FieldKit-Device";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            MDC.put("sid", session.getId());
        }
        try {
            String uri = request.getRequestURI();
            if (uri.startsWith("/api/mobile/") && request.getHeader(DEVICE_KEY_HEADER) == null) {
                log.warn("Rejected {} {}: missing {} header", request.getMethod(), uri, DEVICE_KEY_HEADER);
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (log.isDebugEnabled()) {
                log.debug("{} {} from {} authorization={}", request.getMethod(), uri, request.getRemoteAddr(), authorization);
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove("sid");
        }
    }
}
