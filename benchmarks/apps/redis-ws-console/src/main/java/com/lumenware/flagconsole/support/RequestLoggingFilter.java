package com.lumenware.flagconsole.support;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestLoggingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLoggingFilter.class);

    static final String REQUEST_ID_HEADER = "X-Request-Id";
    static final String POSTHOG_KEY_HEADER = "X-PostHog-Key";
    private static final Set<String> SAFE_HEADERS = Set.of("accept", "content-type", "user-agent", "x-request-id");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(POSTHOG_KEY_HEADER) != null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "PostHog keys are not accepted from clients");
            return;
        }

        String requestId = request.getHeader(REQUEST_ID_HEADER);
        MDC.put("requestId", requestId != null ? requestId : UUID.randomUUID().toString());
        HttpSession httpSession = request.getSession(false);
        if (httpSession != null) {
            MDC.put("sessionId", httpSession.getId());
        }
        try {
            if (log.isDebugEnabled()) {
                log.debug("{} {} authorization={}", request.getMethod(), request.getRequestURI(),
                        request.getHeader(HttpHeaders.AUTHORIZATION));
            }
            if (log.isTraceEnabled()) {
                log.trace("request headers {}", visibleHeaders(request));
            }
            chain.doFilter(request, response);
        } finally {
            MDC.clear();
        }
    }

    private Map<String, String> visibleHeaders(HttpServletRequest request) {
        Map<String, String> shown = new TreeMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            if (SAFE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                shown.put(name, request.getHeader(name));
            } else {
                shown.put(name, "<redacted>");
            }
        }
        return shown;
    }
}
