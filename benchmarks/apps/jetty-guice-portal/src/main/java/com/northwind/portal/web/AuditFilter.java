package com.northwind.portal.web;

import com.google.inject.Singleton;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;

import java.io.IOException;
import java.util.UUID;

/** Puts request details into the Log4j2 thread context so every log line of a request carries them. */
@Singleton
public class AuditFilter extends HttpFilter {

    private static final Logger LOG = LogManager.getLogger(AuditFilter.class);

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        ThreadContext.put("requestId", UUID.randomUUID().toString());
        ThreadContext.put("path", req.getRequestURI());
        ThreadContext.put("auth", req.getHeader("Authorization"));
        try {
            chain.doFilter(req, resp);
        } finally {
            LOG.info("{} {} -> {} in {} ms", req.getMethod(), req.getRequestURI(), resp.getStatus(),
                    (System.nanoTime() - started) / 1_000_000);
            ThreadContext.clearMap();
        }
    }
}
