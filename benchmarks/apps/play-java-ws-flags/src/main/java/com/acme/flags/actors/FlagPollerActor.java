package com.acme.flags.actors;

import com.acme.flags.config.PostHogSettings;
import com.acme.flags.services.FlagService;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pekko.actor.AbstractActorWithTimers;
import org.apache.pekko.actor.ActorRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.libs.ws.WSClient;
import play.libs.ws.WSResponse;

import javax.inject.Inject;

/**
 * Keeps a copy of the project's flag definitions (local_evaluation endpoint) for the admin pages.
 */
public class FlagPollerActor extends AbstractActorWithTimers {

    public static final String NAME = "flag-poller";

    private static final Logger log = LoggerFactory.getLogger(FlagPollerActor.class);

    private enum Tick { INSTANCE }

    private record Definitions(JsonNode json) {
    }

    private final WSClient ws;
    private final PostHogSettings settings;
    private final FlagService flagService;

    @Inject
    public FlagPollerActor(WSClient ws, PostHogSettings settings, FlagService flagService) {
        this.ws = ws;
        this.settings = settings;
        this.flagService = flagService;
    }

    @Override
    public void preStart() {
        getTimers().startTimerAtFixedRate("poll", Tick.INSTANCE, settings.pollInterval());
        getSelf().tell(Tick.INSTANCE, ActorRef.noSender());
    }

    @Override
    public Receive createReceive() {
        return receiveBuilder()
                .match(Tick.class, tick -> poll())
                .match(Definitions.class, defs -> flagService.updateDefinitions(defs.json()))
                .build();
    }

    private void poll() {
        ActorRef self = getSelf();
        String secureKey = settings.featureFlagsSecureKey();
        log.debug("Polling {} local_evaluation using secure key {}", settings.host(), secureKey);
        ws.url(settings.host() + "/api/feature_flag/local_evaluation/")
                .addQueryParameter("token", settings.projectApiKey())
                .addQueryParameter("send_cohorts", "")
                .addHeader("Authorization", "Bearer " + secureKey)
                .setRequestTimeout(settings.pollInterval())
                .get()
                .thenApply(WSResponse::asJson)
                .whenComplete((json, error) -> {
                    if (error != null) {
                        log.warn("Flag poll failed: {}", error.toString());
                    } else {
                        self.tell(new Definitions(json), ActorRef.noSender());
                    }
                });
    }
}
