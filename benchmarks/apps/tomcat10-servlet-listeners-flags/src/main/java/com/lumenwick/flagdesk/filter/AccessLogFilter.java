package com.lumenwick.flagdesk.filter;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Request log routed through JULI so it ends up in Tomcat's own
 * localhost.*.log next to the container messages.
 */
public class AccessLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AccessLogFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(req, resp);
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.info(() -> String.format("%s %s -> %d (%d ms) session=%s",
                    req.getMethod(), req.getRequestURI(), resp.getStatus(), millis, redactedSession(req)));
            if (LOG.isLoggable(Level.FINE) && req.getCookies() != null) {
                for (Cookie cookie : req.getCookies()) {
                    if ("JSESSIONID".equals(cookie.getName())) {
                        LOG.fine("Request carried JSESSIONID=" + cookie.getValue());
                    }
                }
            }
        }
    }

    private static String redactedSession(HttpServletRequest req) {
        return req.getRequestedSessionId() == null ? "-" : "[redacted]";
    }
}
