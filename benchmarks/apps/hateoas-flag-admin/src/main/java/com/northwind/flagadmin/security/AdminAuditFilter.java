package com.northwind.flagadmin.security;

import com.northwind.flagadmin.config.PostHogConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Audit trail for every request to the admin console and its API. */
@Component
@Order(1)
public class AdminAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LogManager.getLogger(AdminAuditFilter.class);

    private static final Set<String> SAFE_HEADERS =
            Set.of("user-agent", "x-request-id", "x-forwarded-for", "accept", "content-type");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !(uri.startsWith("/admin") || uri.startsWith("/api"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            ThreadContext.put("adminSession", session.getId());
        }
        try {
            if (request.getHeader(PostHogConstants.SECRET_KEY_HEADER) != null) {
                log.warn("Rejecting request carrying {} from {}", PostHogConstants.SECRET_KEY_HEADER,
                        request.getRemoteAddr());
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }

            Map<String, String> auditedHeaders = Collections.list(request.getHeaderNames()).stream()
                    .filter(h -> SAFE_HEADERS.contains(h.toLowerCase()))
                    .collect(Collectors.toMap(h -> h, request::getHeader, (a, b) -> a));
            log.info("{} {} headers={}", request.getMethod(), request.getRequestURI(), auditedHeaders);

            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization != null && !authorization.startsWith("Bearer ")) {
                log.warn("Unexpected auth scheme on {}: {}", request.getRequestURI(), authorization);
            }
            chain.doFilter(request, response);
        } finally {
            ThreadContext.remove("adminSession");
        }
    }
}
