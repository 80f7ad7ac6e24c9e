package com.larchmont.errortracker.web;

import com.larchmont.errortracker.errors.ErrorReporter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestContextFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestContextFilter.class);

    private static final Set<String> SENSITIVE_HEADERS = Set.of(
            HttpHeaders.AUTHORIZATION.toLowerCase(Locale.ROOT),
            HttpHeaders.COOKIE.toLowerCase(Locale.ROOT),
            "x-api-key");

    enum AuthScheme {
        BEARER, BASIC, NONE;

        static AuthScheme of(String header) {
            if (header == null) {
                return NONE;
            }
            return header.regionMatches(true, 0, "Bearer ", 0, 7) ? BEARER : BASIC;
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String requestId = UUID.randomUUID().toString();
        MDC.put("requestId", requestId);
        request.setProperty(ErrorReporter.USER_ID_PROPERTY, request.getHeaderString("X-User-Id"));
        request.setProperty(ErrorReporter.USER_EMAIL_PROPERTY, request.getHeaderString("X-User-Email"));

        AuthScheme token = AuthScheme.of(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        boolean apiKey = request.getHeaders().containsKey("X-Api-Key");
        LOG.debug("{} {} auth={} apiKey={}", request.getMethod(), request.getUriInfo().getPath(), token, apiKey);

        if (request.getUriInfo().getPath().startsWith("admin")) {
            LOG.debug("Admin request headers {}", redactedHeaders(request));
            Cookie session = request.getCookies().get("JSESSIONID");
            if (session != null) {
                String sessionId = session.getValue();
                LOG.info("Admin request {} in session {}", requestId, sessionId);
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        LOG.debug("Completed with status {}", response.getStatus());
        MDC.remove("requestId");
    }

    private static Map<String, String> redactedHeaders(ContainerRequestContext request) {
        Map<String, String> dump = new TreeMap<>();
        request.getHeaders().forEach((name, values) -> dump.put(name,
                SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "[REDACTED]" : String.join(",", values)));
        return dump;
    }
}
