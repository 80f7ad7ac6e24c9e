package com.northwind.flagdesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tags every log line with the user and whether the request came from htmx, and makes
 * htmx requests that lost their session do a full-page redirect instead of swapping the
 * login form into a table cell.
 */
@Component
public class HtmxRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(HtmxRequestFilter.class);

    public static final String HX_REQUEST = "HX-Request";
    public static final String HX_REDIRECT = "HX-Redirect";
    public static final String HX_TRIGGER = "HX-Trigger";

    private final String apiKeyHeader;

    public HtmxRequestFilter(@Value("${flagdesk.security.api-key-header}") String apiKeyHeader) {
        this.apiKeyHeader = apiKeyHeader;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean htmx = "true".equals(request.getHeader(HX_REQUEST));
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        MDC.put("user", auth == null ? "-" : auth.getName());
        MDC.put("hx", Boolean.toString(htmx));
        MDC.put("session", request.getRequestedSessionId());
        try {
            if (htmx && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
                log.debug("htmx request with expired session, forcing full reload (api callers use {})", apiKeyHeader);
                response.setHeader(HX_REDIRECT, "/login?expired");
                return;
            }
            chain.doFilter(request, response);
        } finally {
            MDC.clear();
        }
    }
}
