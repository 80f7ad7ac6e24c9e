package com.brindlewood.flagdeck.services;

import com.brindlewood.flagdeck.config.PostHogSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.libs.Json;
import play.libs.ws.WSClient;
import play.libs.ws.WSResponse;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.util.concurrent.CompletionStage;

/**
 * Forwards events collected by internal tools (CLI, CI jobs) to PostHog's /batch endpoint.
 */
@Singleton
public class EventCaptureService {

    private static final Logger log = LoggerFactory.getLogger(EventCaptureService.class);

    private final WSClient ws;
    private final PostHogSettings settings;

    @Inject
    public EventCaptureService(WSClient ws, PostHogSettings settings) {
        this.ws = ws;
        this.settings = settings;
    }

    public CompletionStage<Integer> forwardBatch(ArrayNode events) {
        ObjectNode body = Json.newObject();
        body.put("api_key", settings.personalApiKey());
        body.set("batch", events);
        log.debug("Forwarding {} events to PostHog", events.size());
        return ws.url(settings.host() + "/batch/")
                .setContentType("application/json")
                .post(body)
                .thenApply(WSResponse::getStatus);
    }

    public static boolean isValidEvent(JsonNode event) {
        return event.hasNonNull("event") && event.hasNonNull("distinct_id");
    }
}
