package io.lumenstack.ingest.http;

import io.javalin.Javalin;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class RequestLogFilters {

    private static final Logger log = LoggerFactory.getLogger("http");
    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "x-admin-token");

    private RequestLogFilters() {
    }

    public static void register(Javalin app) {
        app.before(ctx -> {
            ctx.attribute("startNanos", System.nanoTime());
            if (log.isTraceEnabled()) {
                log.trace("--> {} {} headers={}", ctx.method(), ctx.path(), ctx.headerMap());
            }
            log.debug("--> {} {} {}", ctx.method(), ctx.path(), redact(ctx.headerMap()));
        });

        app.after(ctx -> {
            Long start = ctx.attribute("startNanos");
            long tookMs = start == null ? -1 : (System.nanoTime() - start) / 1_000_000;
            HttpSession session = ctx.req().getSession(false);
            log.info("<-- {} {} {} {}ms session={}", ctx.method(), ctx.path(), ctx.statusCode(), tookMs,
                    session == null ? "-" : session.getId());
        });
    }

    static Map<String, String> redact(Map<String, String> headers) {
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) ->
                copy.put(name, SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "<redacted>" : value));
        return copy;
    }
}
