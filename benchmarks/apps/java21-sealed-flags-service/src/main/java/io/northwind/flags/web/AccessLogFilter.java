package io.northwind.flags.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.UnauthorizedResponse;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Request logging and the coarse admin guard, registered as Javalin before/after handlers. */
public final class AccessLogFilter {

    public static final String API_KEY_HEADER = "X-Api-Key";

    private static final Logger access = LoggerFactory.getLogger("access");
    private static final String START_ATTR = "startNanos";

    private final AtomicLong sessionSequence = new AtomicLong();

    public void before(Context ctx) {
        long sessionId = sessionSequence.incrementAndGet();
        ctx.attribute("sessionId", sessionId);
        ctx.attribute(START_ATTR, System.nanoTime());
        access.trace("request #{} {} {}", sessionId, ctx.method(), ctx.path());

        String authorization = ctx.header(Header.AUTHORIZATION);
        if (authorization != null) {
            access.debug("{} {} from {} with Authorization {}", ctx.method(), ctx.path(), ctx.ip(), authorization);
        }

        if (ctx.path().startsWith("/admin") && ctx.header(API_KEY_HEADER) == null) {
            access.warn("Rejected {} {}: missing {} header", ctx.method(), ctx.path(), API_KEY_HEADER);
            throw new UnauthorizedResponse("missing " + API_KEY_HEADER);
        }
    }

    public void after(Context ctx) {
        Long start = ctx.attribute(START_ATTR);
        long tookMs = start == null ? -1 : (System.nanoTime() - start) / 1_000_000;
        access.info("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.statusCode(), tookMs);
    }
}
