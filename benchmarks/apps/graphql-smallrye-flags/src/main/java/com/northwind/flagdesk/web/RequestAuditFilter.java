package com.northwind.flagdesk.web;

import com.northwind.flagdesk.config.PostHogKeys;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

@ApplicationScoped
public class RequestAuditFilter {

    private static final Logger LOG = Logger.getLogger(RequestAuditFilter.class);
    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "x-api-key");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    void register(@Observes Filters filters) {
        filters.register(this::audit, 100);
    }

    void audit(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        long sessionId = SEQUENCE.incrementAndGet();
        LOG.debugf("sessionId=%d %s %s", sessionId, request.method(), request.path());
        if (request.path().startsWith("/graphql")) {
            String authorization = request.getHeader(PostHogKeys.AUTH_HEADER);
            if (authorization == null) {
                LOG.tracef("No %s header on GraphQL call", PostHogKeys.AUTH_HEADER);
            } else {
                LOG.debugf("GraphQL call authorised with %s", authorization);
            }
        }
        if (LOG.isTraceEnabled()) {
            Map<String, String> dump = new TreeMap<>();
            request.headers().forEach(h -> dump.put(h.getKey(),
                    SENSITIVE_HEADERS.contains(h.getKey().toLowerCase()) ? "[redacted]" : h.getValue()));
            LOG.tracef("Headers: %s", dump);
        }
        rc.next();
    }
}
