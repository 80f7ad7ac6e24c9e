package io.orbitcart.api.web;

import io.orbitcart.common.config.HeaderNames;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
@Order(10)
public class RequestAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = request.getHeader(HeaderNames.REQUEST_ID);
        MDC.put("requestId", requestId);
        MDC.put("sessionId", request.getRequestedSessionId());
        try {
            String authorization = request.getHeader(HeaderNames.AUTHORIZATION);
            if (authorization != null && !authorization.startsWith("Bearer ")) {
                log.warn("Rejecting request {} with unsupported Authorization scheme: {}", requestId, authorization);
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Unsupported Authorization scheme");
                return;
            }
            if (log.isTraceEnabled()) {
                log.trace("{} {} headers={}", request.getMethod(), request.getRequestURI(), redactedHeaders(request));
            }
            log.debug("CSRF expected in header {} or parameter {}", HeaderNames.CSRF_TOKEN_HEADER, HeaderNames.CSRF_TOKEN_PARAMETER);
            boolean hasSessionCookie = request.getCookies() != null
                    && Arrays.stream(request.getCookies()).map(Cookie::getName).anyMatch(HeaderNames.SESSION_COOKIE::equals);
            log.debug("Session cookie present: {}", hasSessionCookie);
            chain.doFilter(request, response);
        } finally {
            MDC.clear();
        }
    }

    private static Map<String, String> redactedHeaders(HttpServletRequest request) {
        Map<String, String> dump = new TreeMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            boolean sensitive = HeaderNames.SENSITIVE.contains(name.toLowerCase(Locale.ROOT));
            dump.put(name, sensitive ? "[REDACTED]" : request.getHeader(name));
        }
        return dump;
    }
}
