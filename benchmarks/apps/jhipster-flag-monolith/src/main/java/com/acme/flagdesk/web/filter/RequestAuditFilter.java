package com.acme.flagdesk.web.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.AuditEventRepository;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds request context to every log line and audits calls to the admin API.
 */
@Component
public class RequestAuditFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestAuditFilter.class);

    private static final String ADMIN_API = "/api/admin/";

    private final AuditEventRepository auditEventRepository;

    public RequestAuditFilter(AuditEventRepository auditEventRepository) {
        this.auditEventRepository = auditEventRepository;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain filterChain)
        throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            MDC.put("sessionId", session.getId());
        }
        MDC.put("requestUri", request.getRequestURI());

        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            LOG.trace("No {} header on {} {}", HttpHeaders.AUTHORIZATION, request.getMethod(), request.getRequestURI());
        } else if (!authorization.startsWith("Bearer ")) {
            LOG.warn("Malformed Authorization header '{}' from {}", authorization, request.getRemoteAddr());
        }

        Principal principal = request.getUserPrincipal();
        if (principal != null && request.getRequestURI().startsWith(ADMIN_API)) {
            String sessionFingerprint = session == null
                ? "none"
                : DigestUtils.md5DigestAsHex(session.getId().getBytes(StandardCharsets.UTF_8));
            auditEventRepository.add(
                new AuditEvent(principal.getName(), "ADMIN_API_ACCESS", Map.of("uri", request.getRequestURI(), "session", sessionFingerprint))
            );
            LOG.debug("Audited admin API call by {} (session fingerprint {})", principal.getName(), sessionFingerprint);
        }
        try {
            filterChain.doFilter(request, response);
        } finally {
            MDC.remove("sessionId");
            MDC.remove("requestUri");
        }
    }
}
