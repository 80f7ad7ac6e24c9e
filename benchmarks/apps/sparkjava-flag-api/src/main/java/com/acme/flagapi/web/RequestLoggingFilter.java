package com.acme.flagapi.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import spark.Request;
import spark.Response;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static spark.Spark.after;
import static spark.Spark.afterAfter;
import static spark.Spark.before;

/**
 * Access log and diagnostic context for every request.
 */
public final class RequestLoggingFilter {

    private static final Logger log = LoggerFactory.getLogger("access");

    private static final Set<String> REDACTED_HEADERS = Set.of("authorization", "cookie", "x-posthog-key");

    private static final String START_ATTR = "startNanos";

    private RequestLoggingFilter() {
    }

    public static void register() {
        before(RequestLoggingFilter::open);
        after(RequestLoggingFilter::close);
        afterAfter((req, res) -> MDC.clear());
    }

    private static void open(Request req, Response res) {
        String requestId = UUID.randomUUID().toString();
        MDC.put("requestId", requestId);
        MDC.put("sessionId", req.cookie("JSESSIONID"));
        req.attribute(START_ATTR, System.nanoTime());
        res.header("X-Request-Id", requestId);

        if (log.isTraceEnabled()) {
            Map<String, String> safeHeaders = req.headers().stream()
                    .filter(h -> !REDACTED_HEADERS.contains(h.toLowerCase(Locale.ROOT)))
                    .collect(Collectors.toMap(h -> h, req::headers));
            log.trace("--> {} {} headers={}", req.requestMethod(), req.pathInfo(), safeHeaders);
        }
    }

    private static void close(Request req, Response res) {
        Long start = req.attribute(START_ATTR);
        long millis = start == null ? -1 : (System.nanoTime() - start) / 1_000_000;
        log.info("<-- {} {} {} {}ms", req.requestMethod(), req.pathInfo(), res.status(), millis);
    }
}
