package com.northwind.flaggate.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the storefront loads before rendering: flag values plus the keys it needs to re-evaluate.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BootstrapPayload(String distinctId,
                               String projectApiKey,
                               String flagsSecureKey,
                               List<FlagDecision> flags) {

    /** One evaluated flag as the front end receives it. */
    public record FlagDecision(String key, boolean enabled) {
    }
}
