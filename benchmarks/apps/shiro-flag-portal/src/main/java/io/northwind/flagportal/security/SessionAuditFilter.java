package io.northwind.flagportal.security;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Audit trail of calls to the portal's JSON API (behind Shiro's authcBasic). */
@WebFilter("/api/*")
public class SessionAuditFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SessionAuditFilter.class.getName());
    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "x-posthog-key");
    private static final AtomicInteger REQUEST_COUNTER = new AtomicInteger();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        int requestToken = REQUEST_COUNTER.incrementAndGet();
        LOG.fine("API request token #" + requestToken + " " + request.getMethod() + " " + request.getRequestURI());

        LOG.info(MessageFormat.format("API call {0} from {1} with credentials {2}",
                request.getRequestURI(), request.getRemoteAddr(), request.getHeader("Authorization")));

        if (LOG.isLoggable(Level.FINER)) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : Collections.list(request.getHeaderNames())) {
                headers.put(name, SENSITIVE_HEADERS.contains(name.toLowerCase()) ? "<redacted>" : request.getHeader(name));
            }
            LOG.finer("API request headers " + headers);
        }
        chain.doFilter(request, response);
    }
}
