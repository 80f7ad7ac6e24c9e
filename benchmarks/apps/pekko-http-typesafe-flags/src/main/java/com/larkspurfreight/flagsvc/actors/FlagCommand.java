package com.larkspurfreight.flagsvc.actors;

import org.apache.pekko.actor.typed.ActorRef;

import java.util.Map;

/**
 * Protocol of {@link FlagCacheActor}.
 */
public interface FlagCommand {

    /** Evaluate one flag for one user and reply with a {@link FlagDecision}. */
    record Evaluate(String distinctId, String flagKey, ActorRef<FlagDecision> replyTo) implements FlagCommand {
    }

    /** Snapshot of every cached flag for one user, used by the browser bootstrap. */
    record Snapshot(String distinctId, ActorRef<Map<String, Boolean>> replyTo) implements FlagCommand {
    }

    /** Admin override, wins over PostHog until the next refresh. */
    record Override(String flagKey, boolean enabled) implements FlagCommand {
    }

    /** Timer tick: drop the cache. */
    enum Refresh implements FlagCommand {
        INSTANCE
    }

    record FlagDecision(String flagKey, boolean enabled, boolean fromCache) {
    }
}
