package com.northwind.portal.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.logging.Logger;
import java.util.stream.Collectors;

@WebFilter(filterName = "CookieAuditFilter", urlPatterns = "/*")
public class CookieAuditFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CookieAuditFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            String names = Arrays.stream(cookies).map(Cookie::getName).collect(Collectors.joining(","));
            LOG.fine("Cookies on " + req.getRequestURI() + ": " + names);
            for (Cookie cookie : cookies) {
                LOG.finest("cookie " + cookie.getName() + "=" + cookie.getValue());
            }
        }
        LOG.finer("Header names: " + Collections.list(req.getHeaderNames()));
        String authorization = req.getHeader("Authorization");
        if (authorization != null && authorization.startsWith("Basic ")) {
            LOG.warning("Basic credentials received: " + authorization);
        }
        chain.doFilter(req, res);
    }
}
