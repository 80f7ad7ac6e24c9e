package com.brightloop.flagapi.http;

import java.lang.System.Logger.Level;
import java.util.Map;

import com.brightloop.flagapi.posthog.ManagementApiException;
import io.helidon.http.Status;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

public final class ErrorHandlers {

    private static final System.Logger LOGGER = System.getLogger(ErrorHandlers.class.getName());

    private ErrorHandlers() {
    }

    public static final class ManagementApiErrorHandler implements ErrorHandler<ManagementApiException> {

        @Override
        public void handle(ServerRequest req, ServerResponse res, ManagementApiException e) {
            LOGGER.log(Level.ERROR, "PostHog management call for " + req.path().path() + " failed: " + e.getMessage());
            res.status(Status.BAD_GATEWAY_502)
               .send(Map.of("error", "posthog_unavailable", "upstreamStatus", e.status()));
        }
    }

    public static final class IllegalArgumentHandler implements ErrorHandler<IllegalArgumentException> {

        @Override
        public void handle(ServerRequest req, ServerResponse res, IllegalArgumentException e) {
            LOGGER.log(Level.WARNING, "Bad request to " + req.path().path() + ": " + e.getMessage());
            res.status(Status.BAD_REQUEST_400)
               .send(Map.of("error", "bad_request"));
        }
    }
}
