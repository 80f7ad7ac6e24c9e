package com.brindlecove.ledgerops.web.dto;

/**
 * What the diagnostics endpoint reports about the PostHog wiring.
 *
 * @param personalKeyHint masked personal key (first four + last four characters)
 */
public record PostHogStatusDto(String host, String projectApiKey, String personalKeyHint,
                               boolean localEvaluation, int pollIntervalSeconds) {
}
