package io.northwind.flaggate.web;

import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.http.Status;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.northwind.flaggate.posthog.FlagSyncException;
import jakarta.json.Json;

/**
 * Maps {@link FlagSyncException} to a JSON problem response.
 */
public class FlagSyncErrorHandler implements ErrorHandler<FlagSyncException> {

    private static final Logger LOGGER = Logger.getLogger(FlagSyncErrorHandler.class.getName());

    @Override
    public void handle(ServerRequest req, ServerResponse res, FlagSyncException ex) {
        LOGGER.log(Level.WARNING, "Flag sync failed on " + req.path().path() + ": " + ex.getMessage());

        int code = ex.status() == 401 || ex.status() == 403 ? 502 : ex.status();
        res.status(Status.create(code))
                .send(Json.createObjectBuilder()
                        .add("type", "about:blank")
                        .add("title", "PostHog unavailable")
                        .add("detail", ex.getMessage())
                        .build());
    }
}
