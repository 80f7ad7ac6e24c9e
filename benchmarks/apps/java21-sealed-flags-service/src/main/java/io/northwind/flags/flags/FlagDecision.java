package io.northwind.flags.flags;

/** Outcome of evaluating one feature flag for one user. */
public sealed interface FlagDecision
        permits FlagDecision.Enabled, FlagDecision.Disabled, FlagDecision.Variant, FlagDecision.Failed {

    String flagKey();

    record Enabled(String flagKey, String distinctId) implements FlagDecision {
    }

    record Disabled(String flagKey, String distinctId, String reason) implements FlagDecision {
    }

    record Variant(String flagKey, String distinctId, String variant) implements FlagDecision {
    }

    record Failed(String flagKey, String distinctId, String error) implements FlagDecision {
    }
}
