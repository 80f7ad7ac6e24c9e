package com.northwind.rollout.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Tags every admin request with the operator and session so that changes to
 * integrations can be traced in the audit log stream.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class SessionAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionAuditFilter.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/admin");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(true);
        String operator = request.getRemoteUser() != null ? request.getRemoteUser() : "anonymous";
        MDC.put("adminUser", operator);
        MDC.put("adminSession", session.getId());
        try {
            if (!"GET".equals(request.getMethod())) {
                log.info("Admin change {} {}", request.getMethod(), request.getRequestURI());
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove("adminUser");
            MDC.remove("adminSession");
        }
    }
}
