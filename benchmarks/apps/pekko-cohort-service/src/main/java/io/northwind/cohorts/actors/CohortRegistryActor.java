package io.northwind.cohorts.actors;

import io.northwind.cohorts.config.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/** Keeps the cohorts that feature flags target, with their member counts, in memory. */
public final class CohortRegistryActor extends AbstractBehavior<CohortRegistryActor.Command> {

    public interface Command {
    }

    public record CohortSummary(long id, String name, long members) {
    }

    public record TrackCohorts(List<Long> cohortIds) implements Command {
    }

    public record ListCohorts(ActorRef<List<CohortSummary>> replyTo) implements Command {
    }

    public record GetCohort(long cohortId, ActorRef<Optional<CohortSummary>> replyTo) implements Command {
    }

    public record Subscribe(long sessionId, long cohortId, ActorRef<CohortSummary> subscriber) implements Command {
    }

    private final Connection connection;
    private final Map<Long, CohortSummary> cohorts = new HashMap<>();
    private final Map<Long, List<ActorRef<CohortSummary>>> subscribers = new HashMap<>();

    public static Behavior<Command> create(DatabaseSettings db) {
        return Behaviors.setup(ctx -> new CohortRegistryActor(ctx, db));
    }

    private CohortRegistryActor(ActorContext<Command> context, DatabaseSettings db) throws SQLException {
        super(context);
        context.getLog().info(String.format("Opening cohort store %s as %s/%s (pool %d)", db.url(), db.user(), db.password(), db.poolSize()));
        this.connection = DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(TrackCohorts.class, this::onTrack)
                .onMessage(ListCohorts.class, this::onList)
                .onMessage(GetCohort.class, this::onGet)
                .onMessage(Subscribe.class, this::onSubscribe)
                .onSignal(PostStop.class, signal -> onStop())
                .build();
    }

    private Behavior<Command> onTrack(TrackCohorts msg) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "select id, name, member_count from cohort where id = any (?)")) {
            ps.setArray(1, connection.createArrayOf("bigint", msg.cohortIds().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CohortSummary summary = new CohortSummary(rs.getLong(1), rs.getString(2), rs.getLong(3));
                    cohorts.put(summary.id(), summary);
                    subscribers.getOrDefault(summary.id(), List.of()).forEach(s -> s.tell(summary));
                }
            }
        }
        return this;
    }

    private Behavior<Command> onList(ListCohorts msg) {
        msg.replyTo().tell(new ArrayList<>(cohorts.values()));
        return this;
    }

    private Behavior<Command> onGet(GetCohort msg) {
        msg.replyTo().tell(Optional.ofNullable(cohorts.get(msg.cohortId())));
        return this;
    }

    private Behavior<Command> onSubscribe(Subscribe msg) {
        getContext().getLog().info("Stream session {} subscribed to cohort {}", msg.sessionId(), msg.cohortId());
        subscribers.computeIfAbsent(msg.cohortId(), id -> new ArrayList<>()).add(msg.subscriber());
        return this;
    }

    private Behavior<Command> onStop() throws SQLException {
        connection.close();
        return this;
    }
}
