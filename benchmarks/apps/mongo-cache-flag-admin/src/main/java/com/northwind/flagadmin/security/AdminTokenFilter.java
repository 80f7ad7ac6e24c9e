package com.northwind.flagadmin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Shared-secret guard for the admin API until the service moves behind the SSO proxy.
 */
@Slf4j
@Component
public class AdminTokenFilter extends OncePerRequestFilter {

    public static final String ADMIN_TOKEN_HEADER = "X-Admin-Token";

    private final byte[] expectedToken;

    public AdminTokenFilter(@Value("${flagadmin.admin-token}") String adminToken) {
        this.expectedToken = adminToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/admin");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presentedToken = request.getHeader(ADMIN_TOKEN_HEADER);
        boolean valid = presentedToken != null && expectedToken.length > 0
                && MessageDigest.isEqual(presentedToken.getBytes(StandardCharsets.UTF_8), expectedToken);
        if (!valid) {
            if (presentedToken != null) {
                log.debug("Admin token of length {} did not match", presentedToken.length());
            }
            log.warn("Rejected {} {} from {} with admin token '{}'",
                    request.getMethod(), request.getRequestURI(), request.getRemoteAddr(), presentedToken);
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Missing or invalid admin token");
            return;
        }
        chain.doFilter(request, response);
    }
}
