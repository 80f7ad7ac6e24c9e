package com.tidewell.flaggate.http;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.tidewell.flaggate.posthog.EventForwarder;
import com.tidewell.flaggate.posthog.FlagService;
import com.tidewell.flaggate.posthog.PostHogApiException;

import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /api/flags?distinct_id=..} and {@code POST /api/flags/events}.
 */
public final class FlagsHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(FlagsHandler.class.getName());

    private final FlagService flags;
    private final EventForwarder forwarder;

    public FlagsHandler(FlagService flags, EventForwarder forwarder) {
        this.flags = flags;
        this.forwarder = forwarder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try {
            if ("GET".equals(exchange.getRequestMethod()) && path.equals("/api/flags")) {
                String distinctId = JsonResponses.queryParam(exchange, "distinct_id");
                if (distinctId == null || distinctId.isBlank()) {
                    JsonResponses.error(exchange, 400, "distinct_id is required");
                    return;
                }
                JsonResponses.send(exchange, 200, Map.of("distinct_id", distinctId, "flags", flags.evaluateAll(distinctId)));
            } else if ("POST".equals(exchange.getRequestMethod()) && path.equals("/api/flags/events")) {
                JsonObject payload = JsonResponses.readObject(exchange);
                int count = forwarder.forward(payload.get("distinct_id").getAsString(), payload.getAsJsonArray("events"));
                JsonResponses.send(exchange, 202, Map.of("accepted", count));
            } else {
                JsonResponses.error(exchange, 404, "not found");
            }
        } catch (PostHogApiException e) {
            LOG.log(Level.WARNING, "PostHog call failed with status " + e.status(), e);
            JsonResponses.error(exchange, 502, "upstream error");
        }
    }
}
