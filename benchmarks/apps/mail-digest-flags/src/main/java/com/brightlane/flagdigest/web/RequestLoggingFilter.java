package com.brightlane.flagdigest.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;

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
            Set.of("authorization", "proxy-authorization", "cookie", "x-posthog-flags-key");

    @Override
    protected void doFilterInternal(HttpServletRequest request,
                                    HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
        if (log.isDebugEnabled()) {
            StringBuilder dump = new StringBuilder();
            for (String name : Collections.list(request.getHeaderNames())) {
                String value = REDACTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                        ? "[redacted]"
                        : request.getHeader(name);
                dump.append(name).append('=').append(value).append("; ");
            }
            log.debug("{} {} headers: {}", request.getMethod(), request.getRequestURI(), dump);
        }

        if (request.getRequestURI().startsWith("/admin")) {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization == null) {
                log.warn("Admin call {} without {} header", request.getRequestURI(), HttpHeaders.AUTHORIZATION);
            } else {
                log.info("Admin call {} authorized with {}", request.getRequestURI(), authorization);
            }
            HttpSession session = request.getSession(false);
            if (session != null) {
                log.debug("Admin session {} active since {}", session.getId(), session.getCreationTime());
            }
        }

        chain.doFilter(request, response);
    }
}
