package com.northwind.flagsync.web;

import com.northwind.flagsync.config.PostHogKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audit trail for the admin API (required by the change-management policy).
 */
@Component
public class RequestAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/admin");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        log.info("Admin call {} {} from {} authorization={}",
                request.getMethod(), request.getRequestURI(), request.getRemoteAddr(), authorization);
        if (authorization != null) {
            log.debug("Caller fingerprint {}",
                    DigestUtils.md5DigestAsHex(authorization.getBytes(StandardCharsets.UTF_8)));
        }
        log.debug("Service key header {} present: {}", PostHogKeys.API_KEY_HEADER,
                request.getHeader(PostHogKeys.API_KEY_HEADER) != null);

        HttpSession session = request.getSession(false);
        if (session != null) {
            log.debug("Admin session {} last accessed {}", session.getId(), session.getLastAccessedTime());
        }
        chain.doFilter(request, response);
        log.info("Admin call {} {} -> {}", request.getMethod(), request.getRequestURI(), response.getStatus());
    }
}
