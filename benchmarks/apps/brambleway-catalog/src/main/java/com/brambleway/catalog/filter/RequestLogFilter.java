package com.brambleway.catalog.filter;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Access log. FINE adds request details, used when debugging the storefront CDN.
 */
public class RequestLogFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(RequestLogFilter.class.getName());

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        long start = System.currentTimeMillis();

        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine("Header names: " + Collections.list(req.getHeaderNames()));
            LOG.fine("Requested session valid: " + req.isRequestedSessionIdValid());
            String cookies = req.getHeader("Cookie");
            LOG.log(Level.FINE, "Cookies for {0}: {1}", new Object[] {req.getRequestURI(), cookies});
        }

        try {
            chain.doFilter(request, response);
        } finally {
            LOG.info(String.format("%s %s -> %d (%d ms)", req.getMethod(), req.getRequestURI(), resp.getStatus(),
                    System.currentTimeMillis() - start));
        }
    }
}
