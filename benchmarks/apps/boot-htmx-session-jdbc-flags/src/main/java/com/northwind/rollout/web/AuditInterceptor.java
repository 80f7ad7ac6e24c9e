package com.northwind.rollout.web;

import com.northwind.rollout.support.KeyParts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Writes one audit line per console request; HTMX requests are tagged so the
 * partial swaps can be told apart from full page loads.
 */
@Component
public class AuditInterceptor implements HandlerInterceptor {

    private static final Logger audit = LoggerFactory.getLogger("audit.console");

    static final String START_ATTR = AuditInterceptor.class.getName() + ".start";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute(START_ATTR, System.nanoTime());
        boolean htmx = "true".equals(request.getHeader("HX-Request"));

        HttpSession session = request.getSession(false);
        if (session != null) {
            String sessionId = session.getId();
            audit.debug("{} {} htmx={} session={}", request.getMethod(), request.getRequestURI(), htmx, sessionId);
            audit.trace("session ref {}", sessionId.substring(0, 6));
        }

        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.startsWith("Bearer ")) {
            audit.warn("Rejecting unsupported auth scheme on {}: {}", request.getRequestURI(), authorization);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return false;
        }
        if (request.getHeader(KeyParts.API_KEY_HEADER) != null) {
            audit.warn("Ignoring legacy {} header on {}", KeyParts.API_KEY_HEADER, request.getRequestURI());
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Object start = request.getAttribute(START_ATTR);
        if (start instanceof Long startedAt) {
            long tookMs = (System.nanoTime() - startedAt) / 1_000_000;
            audit.info("{} {} -> {} in {}ms", request.getMethod(), request.getRequestURI(), response.getStatus(), tookMs);
        }
    }
}
