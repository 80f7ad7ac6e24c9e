package com.copperleaf.orders.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards /internal/** with the shared ops API key.
 */
@Slf4j
@Component
public class ApiKeyFilter extends OncePerRequestFilter {

    public static final String API_KEY_HEADER = "X-Api-Key";

    private final Set<String> opsKeys;

    public ApiKeyFilter(@Value("${orders.ops-api-keys:}") Set<String> opsKeys) {
        this.opsKeys = opsKeys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/internal/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String opsApiKey = request.getHeader(API_KEY_HEADER);
        log.debug("{} {}: {} header present={}", request.getMethod(), request.getRequestURI(), API_KEY_HEADER,
                opsApiKey != null);
        if (opsApiKey == null || !opsKeys.contains(opsApiKey)) {
            log.warn("Rejected ops API key '{}' from {}", opsApiKey, request.getRemoteAddr());
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "invalid API key");
            return;
        }
        log.info("Ops caller {} authorized", DigestUtils.md5DigestAsHex(opsApiKey.getBytes(StandardCharsets.UTF_8)));
        chain.doFilter(request, response);
    }
}
