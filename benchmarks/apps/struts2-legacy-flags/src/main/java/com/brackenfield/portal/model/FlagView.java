package com.brackenfield.portal.model;

/**
 * Row shown on the flag dashboard; built from the local_evaluation payload.
 */
public class FlagView {

    private final String key;
    private final boolean enabled;
    private final int rolloutPercentage;

    public FlagView(String key, boolean enabled, int rolloutPercentage) {
        this.key = key;
        this.enabled = enabled;
        this.rolloutPercentage = rolloutPercentage;
    }

    public String getKey() {
        return key;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getRolloutPercentage() {
        return rolloutPercentage;
    }
}
