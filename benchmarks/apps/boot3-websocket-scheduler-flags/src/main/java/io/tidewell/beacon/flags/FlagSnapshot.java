package io.tidewell.beacon.flags;

import java.time.Instant;
import java.util.Map;

/** What browsers receive on /topic/flags: flag key -> active, plus a monotonically increasing version. */
public record FlagSnapshot(Map<String, Boolean> flags, long version, Instant fetchedAt) {

    public static FlagSnapshot empty() {
        return new FlagSnapshot(Map.of(), 0L, Instant.EPOCH);
    }

    public boolean differsFrom(FlagSnapshot other) {
        return other == null || !flags.equals(other.flags());
    }
}
