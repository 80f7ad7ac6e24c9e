package dev.lumenflag.flagctl.model;

import java.util.Objects;

public record FlagContext(String distinctId,
                          String flagKey,
                          String projectApiKey,
                          String secureKey,
                          boolean localEvaluation) {

    public FlagContext {
        Objects.requireNonNull(distinctId, "distinctId");
        Objects.requireNonNull(flagKey, "flagKey");
    }

    public static FlagContext of(String distinctId, String flagKey, String projectApiKey, String secureKey,
                                 boolean localEvaluation) {
        return new FlagContext(distinctId, flagKey, projectApiKey, secureKey, localEvaluation && secureKey != null);
    }

    @Override
    public String toString() {
        return "FlagContext{distinctId=" + distinctId
                + ", flag=" + flagKey
                + ", project=" + projectApiKey
                + ", secureKey=" + secureKey
                + ", local=" + localEvaluation + '}';
    }
}
