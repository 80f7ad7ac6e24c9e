package com.northwind.flagadmin.web;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import com.northwind.flagadmin.config.FlagDefaults;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards {@code /admin/*}: either a logged-in session or an API bearer token.
 */
public class AdminAuthFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(AdminAuthFilter.class);

    @Override
    public void init(FilterConfig filterConfig) {
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;

        HttpSession session = http.getSession(false);
        if (session != null && session.getAttribute(LoginServlet.USER_ATTRIBUTE) != null) {
            chain.doFilter(request, response);
            return;
        }

        String authorization = http.getHeader(FlagDefaults.AUTH_HEADER);
        if (authorization != null && authorization.startsWith(FlagDefaults.BEARER_PREFIX)) {
            log.warn("Bearer access to {} rejected, header was {}", http.getRequestURI(), authorization);
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "API tokens are not accepted here");
            return;
        }

        resp.sendRedirect(http.getContextPath() + "/login");
    }

    @Override
    public void destroy() {
    }
}
