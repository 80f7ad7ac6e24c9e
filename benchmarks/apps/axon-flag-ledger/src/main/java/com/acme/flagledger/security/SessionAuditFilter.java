package com.acme.flagledger.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.apache.logging.log4j.ThreadContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts a request id and the HTTP session into the Log4j2 context so that every line of the
 * admin UI can be tied to the release manager's session.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SessionAuditFilter extends OncePerRequestFilter {

    private static final String REQUEST_ID_HEADER = "X-Request-Id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = Optional.ofNullable(request.getHeader(REQUEST_ID_HEADER))
                .orElseGet(() -> UUID.randomUUID().toString());
        ThreadContext.put("requestId", requestId);
        HttpSession session = request.getSession(false);
        if (session != null) {
            ThreadContext.put("sessionId", session.getId());
        }
        try {
            response.setHeader(REQUEST_ID_HEADER, requestId);
            chain.doFilter(request, response);
        } finally {
            ThreadContext.clearMap();
        }
    }
}
