package dev.lumen.shop.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class RequestLoggingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLoggingFilter.class);

    private static final Set<String> REDACTED_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "x-api-key");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            log.debug("No {} header on {} {}", HttpHeaders.AUTHORIZATION, request.getMethod(), request.getRequestURI());
        }
        else if (!authorization.startsWith("Bearer ")) {
            log.warn("Unsupported credentials on {}: {}", request.getRequestURI(), authorization);
        }

        HttpSession session = request.getSession(false);
        if (session != null && session.isNew()) {
            log.info("New session {} from {}", session.getId(), request.getRemoteAddr());
        }

        if (log.isTraceEnabled()) {
            log.trace("Request headers: {}", redactedHeaders(request));
        }
        chain.doFilter(request, response);
    }

    private Map<String, String> redactedHeaders(HttpServletRequest request) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(request.getHeaderNames())) {
            boolean sensitive = REDACTED_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            headers.put(name, sensitive ? "[REDACTED]" : request.getHeader(name));
        }
        return headers;
    }
}
