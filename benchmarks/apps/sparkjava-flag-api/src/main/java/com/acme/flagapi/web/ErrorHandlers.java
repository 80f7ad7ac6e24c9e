package com.acme.flagapi.web;

import com.acme.flagapi.posthog.PostHogApiException;
import com.google.gson.JsonSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

import static spark.Spark.exception;
import static spark.Spark.internalServerError;
import static spark.Spark.notFound;

/**
 * JSON error bodies for every failure the routes let through.
 */
public final class ErrorHandlers {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    public static void register() {
        exception(PostHogApiException.class, (e, req, res) -> {
            log.warn("PostHog call failed on {} with upstream status {}", req.pathInfo(), e.status());
            res.status(e.status() >= 500 ? 503 : 502);
            res.type("application/json");
            res.body(JsonTransformer.GSON.toJson(Map.of("error", "posthog_unavailable", "detail", e.getMessage())));
        });

        exception(JsonSyntaxException.class, (e, req, res) -> {
            res.status(400);
            res.type("application/json");
            res.body("{\"error\":\"malformed JSON body\"}");
        });

        exception(Exception.class, (e, req, res) -> {
            log.error("Unhandled error on {} {}", req.requestMethod(), req.pathInfo(), e);
            res.status(500);
            res.type("application/json");
            res.body("{\"error\":\"internal\"}");
        });

        notFound((req, res) -> {
            res.type("application/json");
            return "{\"error\":\"not found\"}";
        });

        internalServerError((req, res) -> {
            res.type("application/json");
            return "{\"error\":\"internal\"}";
        });
    }
}
