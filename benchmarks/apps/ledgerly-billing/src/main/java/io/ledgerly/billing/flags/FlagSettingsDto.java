package io.ledgerly.billing.flags;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the admin UI shows on the "PostHog" settings tab. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlagSettingsDto(
    String host, long projectId, String personalApiKey, boolean localEvaluation) {}
