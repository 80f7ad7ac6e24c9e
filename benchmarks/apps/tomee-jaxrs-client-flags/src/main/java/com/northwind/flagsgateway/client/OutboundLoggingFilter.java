package com.northwind.flagsgateway.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

public class OutboundLoggingFilter implements ClientRequestFilter, ClientResponseFilter {

    private static final Logger LOG = Logger.getLogger(OutboundLoggingFilter.class.getName());
    private static final String STARTED_AT = OutboundLoggingFilter.class.getName() + ".startedAt";
    private static final Set<String> SENSITIVE_HEADERS = Set.of(
            HttpHeaders.AUTHORIZATION.toLowerCase(),
            HttpHeaders.COOKIE.toLowerCase(),
            "proxy-authorization");

    @Override
    public void filter(ClientRequestContext request) {
        request.setProperty(STARTED_AT, System.nanoTime());
        LOG.fine("-> " + request.getMethod() + " " + request.getUri());
        if (LOG.isLoggable(Level.FINER)) {
            LOG.finer("-> headers " + redact(request.getStringHeaders()));
        }
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        Object started = request.getProperty(STARTED_AT);
        long elapsedMs = started instanceof Long
                ? TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - (Long) started)
                : -1;
        LOG.fine("<- " + response.getStatus() + " " + request.getMethod() + " in " + elapsedMs + " ms");
        if (response.getStatus() >= 400) {
            LOG.warning("PostHog API answered " + response.getStatus() + " "
                    + response.getStatusInfo().getReasonPhrase());
        }
    }

    static Map<String, String> redact(MultivaluedMap<String, String> headers) {
        Map<String, String> safe = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> safe.put(name,
                SENSITIVE_HEADERS.contains(name.toLowerCase()) ? "<redacted>" : String.join(",", values)));
        return safe;
    }
}
