package io.brightloop.flagproxy.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brightloop.flagproxy.posthog.PostHogApiException;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.ExceptionHandler;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Turns exceptions thrown by the routes into JSON error bodies. */
@Singleton
public final class ErrorHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(ErrorHandler.class);

    record ErrorBody(String error, int status) {
    }

    private final ObjectMapper mapper;

    @Inject
    ErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Throwable failure = exchange.getAttachment(ExceptionHandler.THROWABLE);
        int status = StatusCodes.INTERNAL_SERVER_ERROR;
        String code = "internal_error";
        if (failure instanceof PostHogApiException upstream) {
            status = StatusCodes.BAD_GATEWAY;
            code = "posthog_unavailable";
            LOG.errorf("PostHog call failed with HTTP %d on %s", upstream.status(), exchange.getRequestPath());
        } else if (failure instanceof IllegalArgumentException) {
            status = StatusCodes.BAD_REQUEST;
            code = "bad_request";
        } else {
            LOG.errorf("Unhandled %s on %s", failure == null ? "error" : failure.getClass().getName(), exchange.getRequestPath());
        }
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(mapper.writeValueAsString(new ErrorBody(code, status)));
    }
}
