package com.northwind.flagsconsole.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class RequestAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);

    private static final Set<String> REDACTED_HEADERS = Set.of(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "x-posthog-secure-key");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.startsWith("Bearer ");
        int tokenLength = bearer ? authorization.length() - "Bearer ".length() : 0;
        log.debug("{} {} {} present={} bearer={} tokenLength={}", request.getMethod(), request.getRequestURI(),
                HttpHeaders.AUTHORIZATION, authorization != null, bearer, tokenLength);

        if (authorization != null && !bearer) {
            log.warn("Non-bearer credentials from {}: {}", request.getRemoteAddr(), authorization);
        }

        HttpSession session = request.getSession(false);
        if (session != null) {
            log.info("API call on {} reused console session {}", request.getRequestURI(), session.getId());
        }
        boolean sessionIdValid = request.isRequestedSessionIdValid();
        log.debug("sessionIdValid={}", sessionIdValid);

        if (log.isTraceEnabled()) {
            for (String name : Collections.list(request.getHeaderNames())) {
                String value = REDACTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                        ? "[REDACTED]"
                        : request.getHeader(name);
                log.trace("  {}: {}", name, value);
            }
        }

        chain.doFilter(request, response);
        log.debug("{} {} -> {}", request.getMethod(), request.getRequestURI(), response.getStatus());
    }
}
