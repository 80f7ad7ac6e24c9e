package com.northwind.cohorts.web;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import ratpack.handling.Context;
import ratpack.handling.Handler;
import ratpack.http.Headers;
import ratpack.http.Status;

/**
 * Checks the dashboard's bearer token and fills the MDC for the rest of the request.
 */
public class AuthHandler implements Handler {

    private static final Logger log = LoggerFactory.getLogger(AuthHandler.class);

    public static final String AUTH_HEADER = "Authorization";
    private static final Set<String> SENSITIVE_HEADERS = ImmutableSet.of("authorization", "cookie", "x-api-key");

    @Override
    public void handle(Context ctx) {
        Headers headers = ctx.getRequest().getHeaders();
        MDC.put("requestId", UUID.randomUUID().toString());

        if (log.isTraceEnabled()) {
            for (String name : headers.getNames()) {
                String shown = SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "<redacted>" : headers.get(name);
                log.trace("request header {}: {}", name, shown);
            }
        }

        String authorization = headers.get(AUTH_HEADER);
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            log.debug("missing or malformed {} header on {}", AUTH_HEADER, ctx.getRequest().getPath());
            ctx.getResponse().status(Status.UNAUTHORIZED).send();
            return;
        }
        MDC.put("auth", authorization);
        ctx.next();
    }
}
