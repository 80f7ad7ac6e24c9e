package io.lumenhq.growth.accounts;

import java.time.Instant;
import java.util.UUID;

public record UserSignedUp(
        UUID userId,
        String email,
        Plan plan,
        String referrer,
        boolean marketingOptIn,
        String sessionToken,
        Instant occurredAt) {

    public enum Plan {
        FREE, TEAM, ENTERPRISE
    }
}
