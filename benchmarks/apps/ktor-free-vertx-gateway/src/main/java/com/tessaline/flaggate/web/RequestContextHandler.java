package com.tessaline.flaggate.web;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * First handler on every route: assigns a request id, fills the MDC and dumps
 * the incoming headers at TRACE with credentials blanked out.
 */
public class RequestContextHandler implements Handler<RoutingContext> {

    private static final Logger log = LoggerFactory.getLogger(RequestContextHandler.class);

    private static final Set<String> SENSITIVE_HEADERS = Set.of(
            HttpHeaders.AUTHORIZATION.toString().toLowerCase(),
            HttpHeaders.COOKIE.toString().toLowerCase(),
            "x-posthog-key");

    @Override
    public void handle(RoutingContext ctx) {
        String requestId = ctx.request().getHeader("X-Request-Id");
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        ctx.put("requestId", requestId);
        MDC.put("requestId", requestId);

        Session session = ctx.session();
        if (session != null) {
            MDC.put("session", session.id());
        }

        if (log.isTraceEnabled()) {
            log.trace("{} {} headers={}", ctx.request().method(), ctx.request().path(),
                    redacted(ctx.request().headers()));
        }

        ctx.addEndHandler(done -> MDC.clear());
        ctx.next();
    }

    static TreeMap<String, String> redacted(MultiMap headers) {
        TreeMap<String, String> out = new TreeMap<>();
        headers.forEach(entry -> {
            String name = entry.getKey().toLowerCase();
            out.put(name, SENSITIVE_HEADERS.contains(name) ? "[REDACTED]" : entry.getValue());
        });
        return out;
    }
}
