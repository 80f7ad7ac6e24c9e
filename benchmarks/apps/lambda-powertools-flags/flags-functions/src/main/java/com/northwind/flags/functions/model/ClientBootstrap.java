package com.northwind.flags.functions.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What the web and mobile apps receive on start-up: the public project key for capture,
 * the ingestion host, and the flag values already evaluated on the server.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientBootstrap(
        String projectApiKey,
        String apiHost,
        String distinctId,
        Map<String, Object> featureFlags) {
}
