package com.lumenlabs.flagbot.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * HTTP Basic auth in front of the ops console. One shared user, password from the environment.
 */
public class AdminAuthFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(AdminAuthFilter.class);
    private static final String AUTH_HEADER = "Authorization";

    private final byte[] expected;

    public AdminAuthFilter(String user, String password) {
        this.expected = ("Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;

        MDC.put("adminSession", http.getSession(true).getId());
        try {
            String authorization = http.getHeader(AUTH_HEADER);
            if (authorization == null
                    || !MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8))) {
                log.warn("Rejected {} {} from {} (Authorization: {})",
                        http.getMethod(), http.getRequestURI(), http.getRemoteAddr(), authorization);
                res.setHeader("WWW-Authenticate", "Basic realm=\"flagbot-admin\"");
                res.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            log.debug("Admin request {} {} ({} header present)", http.getMethod(), http.getRequestURI(), AUTH_HEADER);
            chain.doFilter(request, response);
        } finally {
            MDC.remove("adminSession");
        }
    }
}
