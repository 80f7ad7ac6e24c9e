package com.larkspurfreight.flagsvc.actors;

import com.larkspurfreight.flagsvc.actors.FlagCommand.Evaluate;
import com.larkspurfreight.flagsvc.actors.FlagCommand.FlagDecision;
import com.larkspurfreight.flagsvc.actors.FlagCommand.Override;
import com.larkspurfreight.flagsvc.actors.FlagCommand.Refresh;
import com.larkspurfreight.flagsvc.actors.FlagCommand.Snapshot;
import com.larkspurfreight.flagsvc.config.PostHogSettings;
import com.posthog.server.PostHogInterface;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Caches flag decisions per user so the shipment console does not hit PostHog on every page.
 */
public final class FlagCacheActor extends AbstractBehavior<FlagCommand> {

    private static final AtomicLong SESSIONS = new AtomicLong();
    private static final List<String> BOOTSTRAP_FLAGS = List.of("dynamic-route-pricing", "depot-eta-v2", "driver-app-chat");

    private final PostHogInterface posthog;
    private final PostHogSettings settings;
    private final Map<String, Boolean> cache = new HashMap<>();
    private final Map<String, Boolean> overrides = new HashMap<>();
    private final long sessionId;

    private FlagCacheActor(ActorContext<FlagCommand> context, PostHogInterface posthog, PostHogSettings settings) {
        super(context);
        this.posthog = posthog;
        this.settings = settings;
        this.sessionId = SESSIONS.incrementAndGet();
        context.getLog().info("Flag cache actor started, sessionId={}", sessionId);
    }

    public static Behavior<FlagCommand> create(PostHogInterface posthog, PostHogSettings settings) {
        return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
            timers.startTimerWithFixedDelay(Refresh.INSTANCE,
                    Duration.ofSeconds(settings.getPollIntervalSeconds()));
            return new FlagCacheActor(context, posthog, settings);
        }));
    }

    @java.lang.Override
    public Receive<FlagCommand> createReceive() {
        return newReceiveBuilder()
                .onMessage(Evaluate.class, this::onEvaluate)
                .onMessage(Snapshot.class, this::onSnapshot)
                .onMessage(Override.class, this::onOverride)
                .onMessageEquals(Refresh.INSTANCE, this::onRefresh)
                .build();
    }

    private Behavior<FlagCommand> onEvaluate(Evaluate cmd) {
        String cacheKey = cmd.distinctId() + "|" + cmd.flagKey();
        Boolean cached = cache.get(cacheKey);
        if (cached != null) {
            cmd.replyTo().tell(new FlagDecision(cmd.flagKey(), cached, true));
            return this;
        }
        boolean enabled = overrides.containsKey(cmd.flagKey())
                ? overrides.get(cmd.flagKey())
                : posthog.isFeatureEnabled(cmd.distinctId(), cmd.flagKey(), false);
        cache.put(cacheKey, enabled);
        cmd.replyTo().tell(new FlagDecision(cmd.flagKey(), enabled, false));
        return this;
    }

    private Behavior<FlagCommand> onSnapshot(Snapshot cmd) {
        Map<String, Boolean> flags = new HashMap<>();
        for (String flag : BOOTSTRAP_FLAGS) {
            flags.put(flag, overrides.getOrDefault(flag,
                    posthog.isFeatureEnabled(cmd.distinctId(), flag, false)));
        }
        cmd.replyTo().tell(flags);
        return this;
    }

    private Behavior<FlagCommand> onOverride(Override cmd) {
        overrides.put(cmd.flagKey(), cmd.enabled());
        cache.keySet().removeIf(k -> k.endsWith("|" + cmd.flagKey()));
        getContext().getLog().info("Override {} -> {}", cmd.flagKey(), cmd.enabled());
        return this;
    }

    private Behavior<FlagCommand> onRefresh() {
        getContext().getLog().debug("Refreshing flag cache ({} entries), local evaluation key {}",
                cache.size(), settings.getFlagsSecureKey());
        cache.clear();
        return this;
    }
}
