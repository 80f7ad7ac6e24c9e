package io.lumenstack.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.lumenstack.ingest.posthog.UpstreamException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class ErrorHandlers {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    public static void register(Javalin app) {
        app.exception(UpstreamException.class, (e, ctx) -> {
            log.warn("Upstream failure on {}: HTTP {}", ctx.path(), e.status());
            ctx.status(502).json(Map.of("error", "upstream_failure", "detail", e.getMessage()));
        });

        app.exception(JsonProcessingException.class, (e, ctx) -> {
            log.info("Malformed JSON on {}: {}", ctx.path(), e.getOriginalMessage());
            ctx.status(400).json(Map.of("error", "malformed_json", "detail", e.getOriginalMessage()));
        });

        app.exception(Exception.class, (e, ctx) -> {
            log.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500).result("Internal error");
        });
    }
}
