package com.northwind.flags.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import org.jetbrains.annotations.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * After-handler writing one access-log line per request.
 */
public class RequestLogHandler implements Handler {

    public static final String STARTED_AT = "startedAt";

    private static final Logger log = LoggerFactory.getLogger("access");

    @Override
    public void handle(@NotNull Context ctx) {
        Long startedAt = ctx.attribute(STARTED_AT);
        long elapsedMs = startedAt == null ? -1 : TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt);
        int status = ctx.status().getCode();
        log.info("{} {} -> {} in {} ms (client={})", ctx.method(), ctx.path(), status, elapsedMs, ctx.attribute("clientId"));
        if (status >= 400) {
            log.debug("Failed request from {} ua='{}' cookie='{}'", ctx.ip(), ctx.userAgent(), ctx.header(Header.COOKIE));
        }
    }
}
