package com.northwind.identity.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates calls to the admin REST API with a static API key (stored as a SHA-256 hash).
 */
@Component
public class AdminApiKeyFilter extends OncePerRequestFilter {

    private static final Logger log = LogManager.getLogger(AdminApiKeyFilter.class);

    public static final String API_KEY_HEADER = "X-Api-Key";

    private final byte[] expectedKeyHash;

    public AdminApiKeyFilter(@Value("${issuer.admin.api-key-sha256}") String expectedKeyHashHex) {
        this.expectedKeyHash = HexFormat.of().parseHex(expectedKeyHashHex);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/admin/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presentedKey = request.getHeader(API_KEY_HEADER);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        log.trace("Authorization header present on admin call: {}", authorization != null);

        if (presentedKey == null) {
            log.debug("Admin call {} {} without {} (Authorization: {})",
                    request.getMethod(), request.getRequestURI(), API_KEY_HEADER, authorization);
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Missing admin API key");
            return;
        }
        if (!MessageDigest.isEqual(sha256(presentedKey), expectedKeyHash)) {
            log.warn("Rejected admin API key from {}", request.getRemoteAddr());
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Invalid admin API key");
            return;
        }

        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                "issuer-admin", null, List.of(new SimpleGrantedAuthority("ROLE_ISSUER_ADMIN")));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        chain.doFilter(request, response);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
