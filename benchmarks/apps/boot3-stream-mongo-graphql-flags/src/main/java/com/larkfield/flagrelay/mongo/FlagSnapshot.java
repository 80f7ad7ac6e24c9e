package com.larkfield.flagrelay.mongo;

import com.larkfield.flagrelay.flags.FlagDefinitionClient.FlagDefinition;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("flag_snapshots")
public record FlagSnapshot(
        @Id String id,
        @Indexed(unique = true) String flagKey,
        long posthogId,
        boolean active,
        Integer rolloutPercentage,
        Instant syncedAt) {

    public static FlagSnapshot from(FlagDefinition definition) {
        return new FlagSnapshot(null, definition.key(), definition.id(), definition.active(),
                definition.rolloutPercentage(), Instant.now());
    }

    public FlagSnapshot refreshedFrom(FlagDefinition definition) {
        return new FlagSnapshot(id, flagKey, definition.id(), definition.active(),
                definition.rolloutPercentage(), Instant.now());
    }

    public FlagSnapshot withActive(boolean newActive) {
        return new FlagSnapshot(id, flagKey, posthogId, newActive, rolloutPercentage, Instant.now());
    }
}
