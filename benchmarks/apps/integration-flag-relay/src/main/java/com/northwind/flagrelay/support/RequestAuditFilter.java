package com.northwind.flagrelay.support;

import java.io.IOException;

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

@Component
public class RequestAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
        MDC.put("httpSession", request.getSession(true).getId());
        try {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            log.debug("{} {} authorization={}", request.getMethod(), request.getRequestURI(), authorization);
            chain.doFilter(request, response);
        } finally {
            MDC.remove("httpSession");
        }
    }
}
