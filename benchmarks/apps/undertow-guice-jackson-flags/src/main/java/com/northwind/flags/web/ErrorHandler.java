package com.northwind.flags.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northwind.flags.posthog.PostHogSyncException;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.ExceptionHandler;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Last-resort handler registered through {@code Handlers.exceptionHandler(..)}.
 */
@Singleton
public class ErrorHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandler.class);

    private final ObjectMapper mapper;

    @Inject
    public ErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Throwable failure = exchange.getAttachment(ExceptionHandler.THROWABLE);
        int status = StatusCodes.INTERNAL_SERVER_ERROR;

        if (failure instanceof PostHogSyncException syncFailure) {
            status = StatusCodes.BAD_GATEWAY;
            log.error("PostHog sync failed on {} (upstream status {}): {}",
                    exchange.getRequestPath(), syncFailure.status(), syncFailure.getMessage());
        } else {
            log.error("Unhandled error on {} {}", exchange.getRequestMethod(), exchange.getRequestPath(), failure);
        }

        if (!exchange.isResponseStarted()) {
            exchange.setStatusCode(status);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            exchange.getResponseSender().send(mapper.writeValueAsString(
                    Map.of("error", status == StatusCodes.BAD_GATEWAY ? "upstream_unavailable" : "internal_error")));
        }
    }
}
