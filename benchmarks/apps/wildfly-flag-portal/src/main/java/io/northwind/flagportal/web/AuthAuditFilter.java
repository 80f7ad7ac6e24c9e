package io.northwind.flagportal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Request audit trail for the admin API: who called what, from which session. */
@WebFilter(urlPatterns = "/api/admin/*")
public class AuthAuditFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(AuthAuditFilter.class);

    private static final Set<String> SAFE_HEADERS = Set.of("accept", "content-type", "user-agent", "x-request-id");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        LOG.tracef("%s %s carries credentials: %b", request.getMethod(), request.getRequestURI(), authorization != null);
        LOG.debugf("Admin call %s %s, Authorization=%s", request.getMethod(), request.getRequestURI(), authorization);

        HttpSession session = request.getSession(false);
        if (session != null) {
            MDC.put("portalSession", session.getId());
        }

        if (LOG.isTraceEnabled()) {
            Map<String, String> shown = new TreeMap<>();
            for (String name : Collections.list(request.getHeaderNames())) {
                if (SAFE_HEADERS.contains(name.toLowerCase())) {
                    shown.put(name, request.getHeader(name));
                }
            }
            LOG.tracef("Admin call headers: %s", shown);
        }

        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("portalSession");
        }
    }
}
