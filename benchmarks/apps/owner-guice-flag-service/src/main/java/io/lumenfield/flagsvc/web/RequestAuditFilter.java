package io.lumenfield.flagsvc.web;

import com.google.inject.Singleton;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

@Singleton
public class RequestAuditFilter implements Filter {

    private static final Logger log = LogManager.getLogger(RequestAuditFilter.class);

    private static final Set<String> REDACTED_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "x-admin-token");

    enum AuthScheme { NONE, BEARER, BASIC, OTHER }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String authorization = req.getHeader("Authorization");
        AuthScheme tokenType = schemeOf(authorization);

        log.debug("{} {} auth scheme {}", req.getMethod(), req.getRequestURI(), tokenType);
        if (tokenType == AuthScheme.NONE && req.getRequestURI().startsWith("/admin")) {
            log.warn("No {} header on admin request {}", "Authorization", req.getRequestURI());
        }
        if (tokenType == AuthScheme.OTHER) {
            log.info("Unrecognised Authorization value '{}' from {}", authorization, req.getRemoteAddr());
        }
        if (log.isTraceEnabled()) {
            log.trace("request headers {}", redactedHeaders(req));
        }
        HttpSession session = req.getSession(false);
        if (session != null) {
            log.debug("{} served in session {}", req.getRequestURI(), session.getId());
        }
        chain.doFilter(request, response);
    }

    private static AuthScheme schemeOf(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return AuthScheme.NONE;
        }
        String lower = authorization.toLowerCase(Locale.ROOT);
        if (lower.startsWith("bearer ")) {
            return AuthScheme.BEARER;
        }
        if (lower.startsWith("basic ")) {
            return AuthScheme.BASIC;
        }
        return AuthScheme.OTHER;
    }

    private static Map<String, String> redactedHeaders(HttpServletRequest req) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(req.getHeaderNames())) {
            boolean secret = REDACTED_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            headers.put(name, secret ? "[REDACTED]" : req.getHeader(name));
        }
        return headers;
    }
}
