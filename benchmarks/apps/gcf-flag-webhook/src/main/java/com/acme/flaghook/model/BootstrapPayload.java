package com.acme.flaghook.model;

import java.util.Map;

/** What the web app fetches on load to initialise posthog-js and the flag cache. */
public record BootstrapPayload(
    String token, String apiHost, String flagsKey, Map<String, Boolean> featureFlags) {}
