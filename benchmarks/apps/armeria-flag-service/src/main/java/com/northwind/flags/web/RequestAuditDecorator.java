package com.northwind.flags.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import com.linecorp.armeria.common.Cookie;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.server.DecoratingHttpServiceFunction;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.ServiceRequestContext;

/** Puts request and session ids into the MDC and writes an access line per request. */
public final class RequestAuditDecorator implements DecoratingHttpServiceFunction {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditDecorator.class);

    public static final String SESSION_COOKIE = "FLAGS_SESSION";
    public static final String POSTHOG_KEY_HEADER = "X-PostHog-Key";

    @Override
    public HttpResponse serve(HttpService delegate, ServiceRequestContext ctx, HttpRequest req)
            throws Exception {
        RequestHeaders headers = req.headers();
        String authorization = headers.get(HttpHeaderNames.AUTHORIZATION);
        String sessionId = headers.cookies().stream()
                .filter(c -> SESSION_COOKIE.equals(c.name()))
                .map(Cookie::value)
                .findFirst()
                .orElse("-");

        MDC.put("requestId", ctx.id().text());
        MDC.put("sessionId", sessionId);
        try {
            if (headers.contains(POSTHOG_KEY_HEADER)) {
                log.warn("Client sent {}; PostHog keys are not accepted from callers", POSTHOG_KEY_HEADER);
            }
            log.debug("{} {} from {} authorization={}", req.method(), req.path(), ctx.clientAddress(), authorization);
            return delegate.serve(ctx, req);
        } finally {
            MDC.remove("requestId");
            MDC.remove("sessionId");
        }
    }
}
