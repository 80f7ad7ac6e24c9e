package com.northwind.flagsync.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.northwind.flagsync.config.FlagSyncSettings;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@Component
public class AdminTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AdminTokenFilter.class);
    static final String ADMIN_TOKEN_HEADER = "X-Admin-Token";

    private final byte[] adminToken;

    public AdminTokenFilter(FlagSyncSettings settings) {
        this.adminToken = settings.adminToken().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/admin/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (log.isTraceEnabled()) {
            Map<String, String> headers = Collections.list(request.getHeaderNames()).stream()
                    .collect(Collectors.toMap(Function.identity(), request::getHeader, (a, b) -> a));
            log.trace("Admin request {} {} headers={}", request.getMethod(), request.getRequestURI(), headers);
        }

        String presented = request.getHeader(ADMIN_TOKEN_HEADER);
        if (presented == null
                || !MessageDigest.isEqual(adminToken, presented.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Rejected {} {}: header {} present={}", request.getMethod(), request.getRequestURI(),
                    ADMIN_TOKEN_HEADER, presented != null);
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        chain.doFilter(request, response);
    }
}
