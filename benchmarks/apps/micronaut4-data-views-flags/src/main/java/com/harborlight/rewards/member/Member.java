package com.harborlight.rewards.member;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
@MappedEntity("members")
public record Member(
        @Id @GeneratedValue Long id,
        String email,
        String displayName,
        String tier,
        int points,
        Instant lastSeenAt) {

    public Member withTier(String newTier) {
        return new Member(id, email, displayName, newTier, points, lastSeenAt);
    }
}
