package com.acme.flagevents.function;

import com.acme.flagevents.model.FlagChangeEvent;

import java.util.List;

/**
 * Output of the enrichment function: the change plus what PostHog knows about the flag.
 */
public record EnrichedFlagEvent(
        FlagChangeEvent change,
        String flagName,
        List<String> tags,
        boolean ensureExperienceContinuity) {
}
