package com.acme.flagadmin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates automation clients (CI, Terraform) that present the shared admin API key.
 */
@Component
public class ApiKeyAuthFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthFilter.class);

    private final String adminApiKey;
    private final String headerName;

    public ApiKeyAuthFilter(@Value("${admin.api-key}") String adminApiKey,
                            @Value("${admin.header-name:X-Admin-Api-Key}") String headerName) {
        this.adminApiKey = adminApiKey;
        this.headerName = headerName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String providedKey = request.getHeader(headerName);
        if (providedKey == null) {
            log.debug("No {} header on {} {}, falling back to session login", headerName, request.getMethod(), request.getRequestURI());
            log.trace("Authorization header was {}", request.getHeader(HttpHeaders.AUTHORIZATION));
            chain.doFilter(request, response);
            return;
        }
        boolean valid = MessageDigest.isEqual(
                providedKey.getBytes(StandardCharsets.UTF_8), adminApiKey.getBytes(StandardCharsets.UTF_8));
        if (!valid) {
            log.warn("Rejected admin API key '{}' from {}", providedKey, request.getRemoteAddr());
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Invalid " + headerName);
            return;
        }
        log.debug("Automation client authenticated via {} (key length {})", headerName, providedKey.length());
        var auth = new UsernamePasswordAuthenticationToken("automation", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
        SecurityContextHolder.getContext().setAuthentication(auth);
        chain.doFilter(request, response);
    }
}
