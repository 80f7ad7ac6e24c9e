package com.tallyfield.flagapi.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import org.slf4j.MDC;

import java.util.UUID;

/**
 * Puts correlation data into the logging MDC for the duration of the request.
 * Vert.x handlers run on the event loop, so the MDC is reset when the response ends.
 */
public class RequestContextHandler implements Handler<RoutingContext> {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    @Override
    public void handle(RoutingContext ctx) {
        String requestId = ctx.request().getHeader(REQUEST_ID_HEADER);
        if (requestId == null || requestId.isBlank()) {
            requestId = UUID.randomUUID().toString();
        }
        ctx.response().putHeader(REQUEST_ID_HEADER, requestId);
        MDC.put("requestId", requestId);
        MDC.put("route", ctx.request().path());

        Session session = ctx.session();
        if (session != null) {
            MDC.put("session", session.id());
        }
        ctx.addEndHandler(done -> MDC.clear());
        ctx.next();
    }
}
