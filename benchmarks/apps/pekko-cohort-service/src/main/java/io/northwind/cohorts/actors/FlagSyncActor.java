package io.northwind.cohorts.actors;

import io.northwind.cohorts.config.PostHogSettings;
import io.northwind.cohorts.posthog.FlagDefinitionsClient;
import io.northwind.cohorts.posthog.FlagDefinitionsClient.FlagDefinition;
import io.northwind.cohorts.posthog.PostHogSyncException;
import java.time.Duration;
import java.util.List;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;

/** Periodically pulls the flag definitions from PostHog and hands their cohorts to the registry. */
public final class FlagSyncActor extends AbstractBehavior<FlagSyncActor.Command> {

    public sealed interface Command permits Tick, SyncSucceeded, SyncFailed {
    }

    public enum Tick implements Command { INSTANCE }

    record SyncSucceeded(List<FlagDefinition> flags) implements Command {
    }

    record SyncFailed(Throwable cause) implements Command {
    }

    private final FlagDefinitionsClient client;
    private final PostHogSettings settings;
    private final ActorRef<CohortRegistryActor.Command> registry;
    private int consecutiveFailures;

    public static Behavior<Command> create(FlagDefinitionsClient client, PostHogSettings settings,
                                           ActorRef<CohortRegistryActor.Command> registry) {
        return Behaviors.setup(ctx -> Behaviors.withTimers(timers -> {
            timers.startTimerAtFixedRate("flag-sync", Tick.INSTANCE, Duration.ofSeconds(settings.pollIntervalSeconds()));
            return new FlagSyncActor(ctx, timers, client, settings, registry);
        }));
    }

    private FlagSyncActor(ActorContext<Command> context, TimerScheduler<Command> timers,
                          FlagDefinitionsClient client, PostHogSettings settings,
                          ActorRef<CohortRegistryActor.Command> registry) {
        super(context);
        this.client = client;
        this.settings = settings;
        this.registry = registry;
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessageEquals(Tick.INSTANCE, this::onTick)
                .onMessage(SyncSucceeded.class, this::onSucceeded)
                .onMessage(SyncFailed.class, this::onFailed)
                .build();
    }

    private Behavior<Command> onTick() {
        getContext().getLog().debug("Polling flag definitions of project {} with secure key {}", settings.projectId(), settings.secretKey());
        getContext().pipeToSelf(client.fetchCohortFlags(), (flags, failure) ->
                failure == null ? new SyncSucceeded(flags) : new SyncFailed(failure));
        return this;
    }

    private Behavior<Command> onSucceeded(SyncSucceeded msg) {
        consecutiveFailures = 0;
        List<Long> cohortIds = msg.flags().stream()
                .flatMap(f -> f.cohortIds() == null ? java.util.stream.Stream.empty() : f.cohortIds().stream())
                .distinct()
                .toList();
        getContext().getLog().info("Flag sync ok: {} flags target {} cohorts", msg.flags().size(), cohortIds.size());
        registry.tell(new CohortRegistryActor.TrackCohorts(cohortIds));
        return this;
    }

    private Behavior<Command> onFailed(SyncFailed msg) {
        consecutiveFailures++;
        Throwable cause = msg.cause().getCause() != null ? msg.cause().getCause() : msg.cause();
        int status = cause instanceof PostHogSyncException e ? e.statusCode() : -1;
        getContext().getLog().warn("Flag sync failed (status {}, {} in a row); next attempt in {}s",
                status, consecutiveFailures, settings.pollIntervalSeconds());
        return this;
    }
}
