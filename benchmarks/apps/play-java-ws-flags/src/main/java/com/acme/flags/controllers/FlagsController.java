package com.acme.flags.controllers;

import com.acme.flags.actors.FlagSocketActor;
import com.acme.flags.config.PostHogSettings;
import com.acme.flags.dto.ClientBootstrap;
import com.acme.flags.services.FlagService;
import com.acme.flags.services.RuleTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.stream.Materializer;
import play.libs.Json;
import play.libs.streams.ActorFlow;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;
import play.mvc.WebSocket;

import javax.inject.Inject;
import java.util.List;
import java.util.UUID;

public class FlagsController extends Controller {

    private final FlagService flagService;
    private final PostHogSettings settings;
    private final RuleTokenizer tokenizer;
    private final ActorSystem actorSystem;
    private final Materializer materializer;

    @Inject
    public FlagsController(FlagService flagService, PostHogSettings settings, RuleTokenizer tokenizer,
                           ActorSystem actorSystem, Materializer materializer) {
        this.flagService = flagService;
        this.settings = settings;
        this.tokenizer = tokenizer;
        this.actorSystem = actorSystem;
        this.materializer = materializer;
    }

    public Result index(Http.Request request) {
        String distinctId = request.session().get("distinct_id").orElseGet(() -> UUID.randomUUID().toString());
        return ok(views.html.index.render(settings.projectApiKey(), settings.host(), distinctId))
                .addingToSession(request, "distinct_id", distinctId);
    }

    public Result bootstrap(Http.Request request, String distinctId) {
        ClientBootstrap bootstrap = flagService.bootstrapFor(distinctId);
        return ok(Json.toJson(bootstrap));
    }

    public Result validateRule(Http.Request request) {
        JsonNode body = request.body().asJson();
        if (body == null || !body.hasNonNull("expression")) {
            return badRequest(Json.newObject().put("error", "expression is required"));
        }
        try {
            List<RuleTokenizer.Token> tokens = tokenizer.tokenize(body.get("expression").asText());
            return ok(Json.newObject().set("tokens", Json.toJson(tokens)));
        } catch (IllegalArgumentException e) {
            return badRequest(Json.newObject().put("error", e.getMessage()));
        }
    }

    public WebSocket socket() {
        return WebSocket.Json.accept(request -> ActorFlow.actorRef(
                out -> FlagSocketActor.props(out, flagService, request.queryString("distinct_id").orElse("anonymous")),
                actorSystem,
                materializer));
    }
}
