package com.northwind.portal.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.io.IOException;

@Component
public class RequestAuditFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);

    private static final String AUTHORIZATION = "Authorization";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long started = System.nanoTime();

        MDC.put("sessionId", request.getRequestedSessionId());
        try {
            if (request.getRequestURI().startsWith("/api/")) {
                String authorization = request.getHeader(AUTHORIZATION);
                if (authorization == null) {
                    log.debug("No {} header on {} {}", AUTHORIZATION, request.getMethod(), request.getRequestURI());
                } else {
                    log.debug("API call {} {} auth={}", request.getMethod(), request.getRequestURI(), authorization);
                }
            }
            if (log.isTraceEnabled()) {
                log.trace("Request headers: {}", HeaderRedactor.redact(request));
                log.trace("Cookies: {}", request.getHeader(HttpHeaders.COOKIE));
            }
            chain.doFilter(req, res);
        } finally {
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            log.info("{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(), tookMs);
            MDC.remove("sessionId");
        }
    }
}
