package com.acme.flags.actors;

import com.acme.flags.services.FlagService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pekko.actor.AbstractActor;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.Props;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.libs.Json;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One actor per browser WebSocket: pushes the flag bootstrap and re-sends it on "refresh".
 */
public class FlagSocketActor extends AbstractActor {

    private static final Logger log = LoggerFactory.getLogger(FlagSocketActor.class);
    private static final AtomicLong SESSIONS = new AtomicLong();

    public static Props props(ActorRef out, FlagService flagService, String distinctId) {
        return Props.create(FlagSocketActor.class, () -> new FlagSocketActor(out, flagService, distinctId));
    }

    private final ActorRef out;
    private final FlagService flagService;
    private final String distinctId;
    private final long sessionId = SESSIONS.incrementAndGet();

    public FlagSocketActor(ActorRef out, FlagService flagService, String distinctId) {
        this.out = out;
        this.flagService = flagService;
        this.distinctId = distinctId;
    }

    @Override
    public void preStart() {
        log.info("Flag socket session {} opened for {}", sessionId, distinctId);
        push();
    }

    @Override
    public void postStop() {
        log.info("Flag socket session {} closed", sessionId);
    }

    @Override
    public Receive createReceive() {
        return receiveBuilder()
                .match(JsonNode.class, msg -> "refresh".equals(msg.path("type").asText()), msg -> push())
                .matchAny(msg -> log.debug("Ignoring message on session {}", sessionId))
                .build();
    }

    private void push() {
        ObjectNode message = Json.newObject();
        message.put("type", "flags");
        message.set("bootstrap", Json.toJson(flagService.bootstrapFor(distinctId)));
        out.tell(message, getSelf());
    }
}
