package io.northwind.flags.web;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.northwind.flags.posthog.UpstreamException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps exceptions to JSON problem responses. */
public final class ErrorHandlers {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    public static void register(Javalin app) {
        app.exception(UpstreamException.class, (e, ctx) -> {
            log.error("PostHog call failed (status {}): {}", e.status(), e.getMessage());
            ctx.status(HttpStatus.BAD_GATEWAY)
                    .json(Map.of("error", "upstream_unavailable", "upstreamStatus", e.status()));
        });
        app.exception(IllegalArgumentException.class, (e, ctx) ->
                ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "bad_request", "detail", e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            log.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("error", "internal"));
        });
    }
}
