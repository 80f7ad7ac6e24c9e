package com.lumenfield.catalog.web.filter;

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

import java.io.IOException;
import java.util.UUID;

/**
 * Access log with a request id in the MDC. Mapped in web.xml so it runs before the auth filter.
 */
public class RequestLoggingFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(RequestLoggingFilter.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        String requestId = UUID.randomUUID().toString();
        MDC.put("requestId", requestId);
        httpResponse.setHeader("X-Request-Id", requestId);
        long start = System.nanoTime();
        if (log.isDebugEnabled()) {
            log.debug("--> {} {} auth={} ua={}", http.getMethod(), http.getRequestURI(),
                    http.getHeader("Authorization"), http.getHeader("User-Agent"));
        }
        try {
            chain.doFilter(request, response);
        } finally {
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            log.info("<-- {} {} {} in {} ms", http.getMethod(), http.getRequestURI(), httpResponse.getStatus(), tookMs);
            MDC.remove("requestId");
        }
    }
}
