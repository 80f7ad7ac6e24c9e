package com.tidewell.flaggate.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.tidewell.flaggate.config.PostHogSettings;
import com.tidewell.flaggate.posthog.FlagService;

import java.io.IOException;
import java.util.Map;

/**
 * {@code GET /bootstrap.json}: what the SPA needs to initialise posthog-js without a flash of
 * unflagged content.
 */
public final class BootstrapHandler implements HttpHandler {

    /** Serialised by Gson; field names are what posthog-js expects in {@code bootstrap}. */
    record BootstrapPayload(
            String apiKey,
            String apiHost,
            String distinctId,
            Map<String, Object> featureFlags,
            String flagsSecureKey) {
    }

    private final PostHogSettings settings;
    private final FlagService flags;

    public BootstrapHandler(PostHogSettings settings, FlagService flags) {
        this.settings = settings;
        this.flags = flags;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String distinctId = JsonResponses.queryParam(exchange, "distinct_id");
        if (distinctId == null) {
            distinctId = "anon-" + Long.toHexString(System.nanoTime());
        }
        BootstrapPayload payload = new BootstrapPayload(
                settings.projectApiKey(),
                settings.host(),
                distinctId,
                flags.evaluateAll(distinctId),
                settings.flagsSecureKey());
        JsonResponses.send(exchange, 200, payload);
    }
}
