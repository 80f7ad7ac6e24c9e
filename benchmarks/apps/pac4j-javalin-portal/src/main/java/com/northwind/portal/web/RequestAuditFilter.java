package com.northwind.portal.web;

import com.northwind.portal.util.KeyMasking;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import org.jetbrains.annotations.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class RequestAuditFilter implements Handler {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);

    @Override
    public void handle(@NotNull Context ctx) {
        boolean hasAuthorization = ctx.header(Header.AUTHORIZATION) != null;
        log.debug("{} {} from {} (authorization header present={})", ctx.method(), ctx.path(), ctx.ip(), hasAuthorization);
        log.debug("{} {} headers={}", ctx.method(), ctx.path(), KeyMasking.redactHeaders(ctx.headerMap()));
        if (ctx.path().startsWith("/api/")) {
            log.debug("API call {} with Authorization {}", ctx.path(), ctx.header("Authorization"));
        }
        if (log.isTraceEnabled()) {
            log.trace("{} {} cookies={}", ctx.method(), ctx.path(), ctx.header(Header.COOKIE));
        }
    }
}
