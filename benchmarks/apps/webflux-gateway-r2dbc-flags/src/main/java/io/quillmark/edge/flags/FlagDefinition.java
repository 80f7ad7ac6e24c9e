package io.quillmark.edge.flags;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("flag_definition")
public record FlagDefinition(
        @Id Long id,
        @Column("posthog_id") long posthogId,
        @Column("flag_key") String flagKey,
        boolean active,
        @Column("rollout_percentage") Integer rolloutPercentage,
        @Column("synced_at") Instant syncedAt) {

    static FlagDefinition fromRemote(PostHogApiClient.RemoteFlag remote, Instant now) {
        return new FlagDefinition(null, remote.id(), remote.key(), remote.active(), remote.rolloutPercentage(), now);
    }
}
