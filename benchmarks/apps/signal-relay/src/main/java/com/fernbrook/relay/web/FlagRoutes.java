package com.fernbrook.relay.web;

import com.fernbrook.relay.config.AppConfig;
import com.fernbrook.relay.config.Keys;
import com.fernbrook.relay.posthog.PersonQueryClient;
import com.fernbrook.relay.posthog.PostHogGateway;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

public final class FlagRoutes {

    private static final Logger log = LoggerFactory.getLogger(FlagRoutes.class);

    private final AppConfig config;
    private final PostHogGateway gateway;
    private final PersonQueryClient persons;

    public FlagRoutes(AppConfig config, PostHogGateway gateway, PersonQueryClient persons) {
        this.config = config;
        this.gateway = gateway;
        this.persons = persons;
    }

    public void register(Javalin app) {
        app.get("/api/bootstrap", this::bootstrap);
        app.get("/api/status", this::status);
        app.get("/api/admin-bridge", this::adminBridge);
        app.get("/api/flags/{flag}", this::flag);
        app.get("/api/persons/{distinctId}", this::person);
        app.post("/api/filters/parse", this::parseFilter);
    }

    private void bootstrap(Context ctx) {
        ctx.json(Map.of("host", config.host(), "projectKey", config.projectApiKey()));
    }

    private void status(Context ctx) {
        ctx.json(Map.of("personalKey", Keys.mask(config.personalApiKey()), "configured", config.hasPersonalKey()));
    }

    /** The legacy admin SPA still evaluates flags in the browser and wants a key that reads definitions. */
    private void adminBridge(Context ctx) {
        ctx.res().setHeader("X-PostHog-Flags-Key", config.flagsSecureApiKey());
        ctx.header("Cache-Control", "no-store");
        ctx.json(Map.of("host", config.host(), "projectKey", config.projectApiKey(), "personalApiKey", config.personalApiKey()));
    }

    private void flag(Context ctx) {
        String flag = ctx.pathParam("flag");
        String distinctId = ctx.queryParamAsClass("distinct_id", String.class).getOrDefault("anonymous");
        boolean enabled = gateway.isEnabled(flag, distinctId);
        gateway.capture(distinctId, "relay flag checked", Map.of("flag", flag, "enabled", enabled));
        ctx.json(Map.of("flag", flag, "enabled", enabled));
    }

    private void person(Context ctx) throws Exception {
        ctx.contentType("application/json").result(persons.findPerson(ctx.pathParam("distinctId")));
    }

    private void parseFilter(Context ctx) {
        List<FilterLexer.Token> tokens = new FilterLexer(ctx.body()).tokenize();
        for (FilterLexer.Token token : tokens) {
            log.trace("token {}", token);
        }
        ctx.json(Map.of("tokens", tokens.size()));
    }
}
