package com.northwind.flaggateway.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/** Puts the admin user and session on every log line of an admin request (see logback-spring.xml). */
public class AdminMdcFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Subject subject = SecurityUtils.getSubject();
        String sessionId = request.getRequestedSessionId();
        try {
            MDC.put("admin", String.valueOf(subject.getPrincipal()));
            if (sessionId != null) {
                MDC.put("adminSession", sessionId);
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove("admin");
            MDC.remove("adminSession");
        }
    }
}
