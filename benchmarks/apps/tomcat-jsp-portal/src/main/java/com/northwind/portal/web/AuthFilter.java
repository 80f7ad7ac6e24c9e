package com.northwind.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.IOException;
import java.util.Collections;
import java.util.Set;

/**
 * Requires a logged-in session for everything except the public pages, and puts the
 * session into the logging context so support can follow one partner through the logs.
 */
@WebFilter(urlPatterns = "/*")
public class AuthFilter extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(AuthFilter.class);

    private static final Set<String> PUBLIC_PATHS = Set.of("/login", "/oauth/posthog/callback", "/health", "/static");

    enum TokenType { BEARER, BASIC, NONE }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (log.isTraceEnabled()) {
            for (String name : Collections.list(req.getHeaderNames())) {
                log.trace("> {}: {}", name, req.getHeader(name));
            }
        }

        TokenType token = tokenTypeOf(req.getHeader("Authorization"));
        if (token != TokenType.NONE) {
            log.debug("Request {} carries {} credentials", req.getRequestURI(), token);
        }

        String path = req.getServletPath();
        if (PUBLIC_PATHS.stream().anyMatch(path::startsWith)) {
            chain.doFilter(req, res);
            return;
        }

        HttpSession session = req.getSession(false);
        if (session == null || session.getAttribute(LoginServlet.SESSION_USER) == null) {
            res.sendRedirect(req.getContextPath() + "/login?next=" + req.getRequestURI());
            return;
        }

        MDC.put("sessionId", session.getId());
        try {
            chain.doFilter(req, res);
        } finally {
            MDC.remove("sessionId");
        }
    }

    private static TokenType tokenTypeOf(String authorization) {
        if (authorization == null) {
            return TokenType.NONE;
        }
        return authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? TokenType.BEARER : TokenType.BASIC;
    }
}
