package com.lumenstack.connect.posthog.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import com.lumenstack.connect.posthog.config.ConfigKeys;

public class BasicAuthFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(BasicAuthFilter.class);
    private static final String REALM = "posthog-sink-admin";

    private final byte[] expected;

    public BasicAuthFilter(String user, String password) {
        String pair = user + ":" + password;
        this.expected = ("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;

        MDC.put("admin.session", request.getSession(true).getId());
        MDC.put("admin.remote", request.getRemoteAddr());
        try {
            String authorization = request.getHeader(ConfigKeys.AUTHORIZATION_HEADER);
            if (authorization == null) {
                log.debug("No {} header on {} {}", ConfigKeys.AUTHORIZATION_HEADER, request.getMethod(), request.getRequestURI());
                challenge(response);
                return;
            }
            if (!MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8))) {
                String remote = request.getRemoteAddr();
                log.warn("Rejected {} {} from {}: credentials {} did not match", request.getMethod(), request.getRequestURI(), remote, authorization);
                challenge(response);
                return;
            }
            chain.doFilter(req, res);
        } finally {
            MDC.remove("admin.session");
            MDC.remove("admin.remote");
        }
    }

    private static void challenge(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }
}
