package com.quillfeather.links.web;

import com.google.gson.Gson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import static spark.Spark.exception;
import static spark.Spark.notFound;

/**
 * Maps exceptions to JSON error bodies. Internal details stay in the log; clients get an
 * incident id.
 */
public final class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    public static void install(Gson gson) {
        exception(NoSuchElementException.class, (e, req, res) -> {
            res.status(404);
            res.type("application/json");
            res.body(gson.toJson(Map.of("error", "not_found")));
        });

        exception(Exception.class, (e, req, res) -> {
            String incident = UUID.randomUUID().toString();
            LOG.error("incident {} on {} {}", incident, req.requestMethod(), req.pathInfo(), e);
            res.status(500);
            res.type("application/json");
            res.body(gson.toJson(Map.of("error", "internal_error", "incident", incident)));
        });

        notFound((req, res) -> {
            res.type("application/json");
            return gson.toJson(Map.of("error", "not_found"));
        });
    }
}
