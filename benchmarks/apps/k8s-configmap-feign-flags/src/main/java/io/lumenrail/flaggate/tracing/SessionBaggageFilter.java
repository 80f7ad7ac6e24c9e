package io.lumenrail.flaggate.tracing;

import java.io.IOException;

import io.micrometer.tracing.BaggageInScope;
import io.micrometer.tracing.Tracer;
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
public class SessionBaggageFilter extends OncePerRequestFilter {

    static final String TENANT_BAGGAGE = "tenant-id";
    static final String TENANT_HEADER = "X-Tenant-Id";
    static final String SESSION_HEADER = "X-Session-Id";

    private static final Logger log = LoggerFactory.getLogger(SessionBaggageFilter.class);

    private final Tracer tracer;

    public SessionBaggageFilter(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String tenant = request.getHeader(TENANT_HEADER);
        if (tenant == null || tenant.isBlank()) {
            tenant = "default";
        }
        HttpSession session = request.getSession(false);
        boolean sessionIdRotated = session != null && request.getRequestedSessionId() != null
                && !session.getId().equals(request.getRequestedSessionId());
        log.debug("tenant={} {} present={} {} present={} sessionIdRotated={}", tenant,
                SESSION_HEADER, request.getHeader(SESSION_HEADER) != null,
                HttpHeaders.AUTHORIZATION, request.getHeader(HttpHeaders.AUTHORIZATION) != null, sessionIdRotated);

        if (session != null && session.isNew()) {
            log.info("New console session {} for tenant {}", session.getId(), tenant);
        }

        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.startsWith("Bearer ")) {
            log.warn("Rejecting non-bearer Authorization header '{}' from {}", authorization, request.getRemoteAddr());
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }

        try (BaggageInScope baggage = tracer.createBaggageInScope(TENANT_BAGGAGE, tenant)) {
            chain.doFilter(request, response);
        }
    }
}
