package com.acme.flags.karaf.posthog;

import com.acme.flags.karaf.config.KeySource;
import com.acme.flags.karaf.model.FlagSnapshot;

/**
 * Feature flag lookups for the rest of the platform.
 */
public interface FlagService {

    boolean isEnabled(String distinctId, String flagKey);

    FlagSnapshot refresh();

    FlagSnapshot currentSnapshot();

    String projectApiKey();

    String localEvaluationKey();

    String host();

    KeySource keySource();
}
