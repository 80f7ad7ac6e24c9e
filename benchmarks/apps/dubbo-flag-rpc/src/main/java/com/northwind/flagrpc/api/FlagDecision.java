package com.northwind.flagrpc.api;

import java.io.Serializable;

public record FlagDecision(String flagKey, boolean enabled, String variant, boolean evaluatedLocally)
        implements Serializable {

    public static FlagDecision off(String flagKey) {
        return new FlagDecision(flagKey, false, null, false);
    }
}
