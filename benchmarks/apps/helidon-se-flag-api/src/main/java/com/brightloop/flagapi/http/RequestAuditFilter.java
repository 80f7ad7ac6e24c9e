package com.brightloop.flagapi.http;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

public class RequestAuditFilter implements Filter {

    private static final System.Logger LOGGER = System.getLogger(RequestAuditFilter.class.getName());
    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "x-admin-token");

    private final AtomicLong sequence = new AtomicLong();

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long sessionId = sequence.incrementAndGet();
        LOGGER.log(Level.DEBUG, "[" + sessionId + "] " + req.prologue().method().text() + " " + req.path().path());
        if (LOGGER.isLoggable(Level.TRACE)) {
            LOGGER.log(Level.TRACE, "[" + sessionId + "] headers " + redactedHeaders(req));
        }
        req.headers().first(HeaderNames.AUTHORIZATION)
                .ifPresent(auth -> LOGGER.log(Level.DEBUG, "[" + sessionId + "] caller credentials " + auth));
        chain.proceed();
    }

    private static Map<String, String> redactedHeaders(RoutingRequest req) {
        Map<String, String> out = new TreeMap<>();
        for (Header header : req.headers()) {
            String name = header.name();
            boolean sensitive = SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            out.put(name, sensitive ? "<redacted>" : header.values());
        }
        return out;
    }
}
