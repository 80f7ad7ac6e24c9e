package com.acme.flagledger.web;

import java.util.Map;

/**
 * What the admin dashboard's flag widget needs to talk to PostHog from the browser.
 */
public record ClientBootstrapResponse(
        String projectApiKey,
        String apiHost,
        String flagsApiKey,
        Map<String, Object> flags) {
}
