package com.northwind.portal.web;

import com.google.inject.Singleton;
import com.northwind.portal.analytics.FlagApiException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;

/** Turns PostHog API failures into a 502 for the SPA and the admin pages. */
@Singleton
public class ApiErrorFilter extends HttpFilter {

    private static final Logger LOG = LogManager.getLogger(ApiErrorFilter.class);

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, resp);
        } catch (ServletException e) {
            if (!(e.getRootCause() instanceof FlagApiException api)) {
                throw e;
            }
            LOG.warn("PostHog API error on {} (status {})", req.getRequestURI(), api.getStatus());
            if (!resp.isCommitted()) {
                resp.sendError(HttpServletResponse.SC_BAD_GATEWAY, api.getMessage());
            }
        }
    }
}
