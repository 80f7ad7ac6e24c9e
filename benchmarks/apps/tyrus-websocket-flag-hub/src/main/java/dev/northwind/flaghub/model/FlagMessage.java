package dev.northwind.flaghub.model;

import java.time.Instant;
import java.util.Map;

/** Message pushed to browsers whenever a feature flag changes. */
public record FlagMessage(String type, String flagKey, boolean active, Map<String, Object> filters, Instant changedAt) {

    public static FlagMessage changed(String flagKey, boolean active, Map<String, Object> filters) {
        return new FlagMessage("flag.changed", flagKey, active, filters, Instant.now());
    }

    public static FlagMessage removed(String flagKey) {
        return new FlagMessage("flag.removed", flagKey, false, Map.of(), Instant.now());
    }

    public static FlagMessage welcome() {
        return new FlagMessage("hello", null, false, Map.of(), Instant.now());
    }
}
