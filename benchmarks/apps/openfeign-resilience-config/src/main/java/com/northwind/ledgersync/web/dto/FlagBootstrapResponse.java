package com.northwind.ledgersync.web.dto;

import java.util.Map;

/**
 * Payload for the edge worker and the web app: everything needed to initialise posthog-js with
 * pre-evaluated flags.
 *
 * @param apiKey             project API key for posthog-js
 * @param apiHost            ingestion host
 * @param distinctId         the user the flags were evaluated for
 * @param featureFlags       flag key to enabled
 * @param localEvaluationKey lets the edge worker re-evaluate flags locally between refreshes
 */
public record FlagBootstrapResponse(
        String apiKey,
        String apiHost,
        String distinctId,
        Map<String, Boolean> featureFlags,
        String localEvaluationKey) {
}
