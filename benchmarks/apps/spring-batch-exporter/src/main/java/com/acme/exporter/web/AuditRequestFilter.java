package com.acme.exporter.web;

import com.acme.exporter.config.SecurityConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Debug trail of who is calling the admin UI; added after the remember-me filter.
 */
public class AuditRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditRequestFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (log.isDebugEnabled()) {
            log.debug("{} {} session={}", request.getMethod(), request.getRequestURI(), request.getRequestedSessionId());
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                List<String> names = Arrays.stream(cookies).map(Cookie::getName).toList();
                log.debug("cookies present: {}", names);
                for (Cookie cookie : cookies) {
                    if (SecurityConfig.REMEMBER_ME_COOKIE.equals(cookie.getName())) {
                        log.debug("remember-me login via cookie {}", cookie.getValue());
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }
}
