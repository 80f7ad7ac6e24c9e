package com.brindlewood.flagdeck.controllers;

import com.brindlewood.flagdeck.config.PostHogSettings;
import com.brindlewood.flagdeck.dto.FlagAdminView;
import com.brindlewood.flagdeck.services.EventCaptureService;
import com.brindlewood.flagdeck.services.FlagService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import play.libs.Json;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

import javax.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * JSON endpoints used by the flag-preview bookmarklet and internal tooling.
 */
public class FlagApiController extends Controller {

    private final FlagService flags;
    private final EventCaptureService capture;
    private final PostHogSettings settings;

    @Inject
    public FlagApiController(FlagService flags, EventCaptureService capture, PostHogSettings settings) {
        this.flags = flags;
        this.capture = capture;
        this.settings = settings;
    }

    public CompletionStage<Result> adminView(Http.Request request) {
        return flags.flagKeys().thenApply(keys -> {
            FlagAdminView view = new FlagAdminView(settings.projectId(), settings.host(), settings.personalApiKey(), keys);
            return ok(Json.toJson(view));
        });
    }

    public Result isEnabled(String key, String distinctId) {
        boolean enabled = flags.isEnabled(key, distinctId);
        return ok(Json.newObject().put("flag", key).put("enabled", enabled));
    }

    /** Lets the bookmarklet run local evaluation straight from the browser. */
    public Result enablePreview(Http.Request request) {
        Http.Cookie cookie = Http.Cookie.builder("fd_eval_key", settings.secureApiKey()).withHttpOnly(false).withSecure(true).build();
        return ok(Json.newObject().put("preview", true)).withCookies(cookie);
    }

    public CompletionStage<Result> ingest(Http.Request request) {
        JsonNode body = request.body().asJson();
        if (body == null || !body.isArray()) {
            return CompletableFuture.completedFuture(badRequest("expected a JSON array of events"));
        }
        ArrayNode events = Json.newArray();
        body.forEach(e -> {
            if (EventCaptureService.isValidEvent(e)) {
                events.add(e);
            }
        });
        return capture.forwardBatch(events).thenApply(status -> status(status == 200 ? ACCEPTED : BAD_GATEWAY));
    }
}
