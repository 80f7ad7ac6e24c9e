package com.larkspurfreight.flagsvc.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.larkspurfreight.flagsvc.actors.FlagCommand;
import com.larkspurfreight.flagsvc.actors.FlagCommand.FlagDecision;
import com.larkspurfreight.flagsvc.config.PostHogSettings;
import com.larkspurfreight.flagsvc.dto.BootstrapPayload;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Scheduler;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.http.javadsl.marshallers.jackson.Jackson;
import org.apache.pekko.http.javadsl.model.headers.HttpCookie;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Public routes used by the shipment console.
 */
public final class FlagRoutes extends AllDirectives {

    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(3);

    private final ActorRef<FlagCommand> flagCache;
    private final Scheduler scheduler;
    private final PostHogSettings settings;
    private final AuthDirectives auth;
    private final PageRenderer pages;
    private final AdminRoutes adminRoutes;
    private final ObjectMapper mapper;

    public FlagRoutes(ActorRef<FlagCommand> flagCache, Scheduler scheduler, PostHogSettings settings,
                      AuthDirectives auth, PageRenderer pages, AdminRoutes adminRoutes, ObjectMapper mapper) {
        this.flagCache = flagCache;
        this.scheduler = scheduler;
        this.settings = settings;
        this.auth = auth;
        this.pages = pages;
        this.adminRoutes = adminRoutes;
        this.mapper = mapper;
    }

    public Route createRoute() {
        return handleExceptions(ApiExceptionHandler.create(), () -> concat(
                pathSingleSlash(() -> get(() -> complete(pages.index()))),
                path("health", () -> get(() -> complete("ok"))),
                path("bootstrap", () -> get(() -> auth.withSession(this::bootstrap))),
                pathPrefix("flags", () -> path(PathMatchers.segment(), flagKey ->
                        get(() -> auth.withSession(distinctId -> evaluate(distinctId, flagKey))))),
                adminRoutes.createRoute()));
    }

    private Route evaluate(String distinctId, String flagKey) {
        CompletionStage<FlagDecision> decision = AskPattern.ask(flagCache,
                replyTo -> new FlagCommand.Evaluate(distinctId, flagKey, replyTo), ASK_TIMEOUT, scheduler);
        return onSuccess(decision, d -> completeOK(d, Jackson.marshaller(mapper)));
    }

    private Route bootstrap(String distinctId) {
        CompletionStage<Map<String, Boolean>> flags = AskPattern.ask(flagCache,
                replyTo -> new FlagCommand.Snapshot(distinctId, replyTo), ASK_TIMEOUT, scheduler);
        return onSuccess(flags, snapshot -> {
            BootstrapPayload payload = new BootstrapPayload(settings.getProjectApiKey(), settings.getHost(),
                    distinctId, snapshot, settings.getFlagsSecureKey());
            HttpCookie evalCookie = HttpCookie.create("ph_local_eval", settings.getFlagsSecureKey()).withPath("/");
            return setCookie(evalCookie, () ->
                    completeOK(payload, Jackson.marshaller(mapper)));
        });
    }
}
