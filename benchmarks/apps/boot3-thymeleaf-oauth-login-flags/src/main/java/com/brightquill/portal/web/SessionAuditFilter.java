package com.brightquill.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Traces requests to the admin area so support can follow a user's session.
 */
@Component
public class SessionAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionAuditFilter.class);
    static final String SESSION_COOKIE = "SESSION";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/admin");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            log.debug("No {} cookie on {}", SESSION_COOKIE, request.getRequestURI());
        } else {
            for (Cookie cookie : cookies) {
                if (SESSION_COOKIE.equals(cookie.getName())) {
                    log.info("Admin request {} {} with session cookie {}",
                            request.getMethod(), request.getRequestURI(), cookie.getValue());
                }
            }
        }
        chain.doFilter(request, response);
    }
}
