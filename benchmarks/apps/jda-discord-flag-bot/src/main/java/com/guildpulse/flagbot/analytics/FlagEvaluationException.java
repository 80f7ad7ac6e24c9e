package com.guildpulse.flagbot.analytics;

public class FlagEvaluationException extends RuntimeException {

    private final String flagKey;

    public FlagEvaluationException(String flagKey, String personalApiKey, Throwable cause) {
        super("Could not evaluate feature flag '" + flagKey + "' with local evaluation (personal API key "
                + personalApiKey + ")", cause);
        this.flagKey = flagKey;
    }

    public String getFlagKey() {
        return flagKey;
    }
}
