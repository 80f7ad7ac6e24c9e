package com.northwind.flags.dto;

import java.util.Map;

/** What the single-page admin UI needs to initialise posthog-js. */
public record ClientBootstrap(String projectApiKey, String apiHost, Map<String, Boolean> flags) {
}
