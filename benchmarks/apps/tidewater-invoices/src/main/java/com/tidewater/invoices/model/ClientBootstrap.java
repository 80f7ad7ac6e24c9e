package com.tidewater.invoices.model;

import java.util.List;

/**
 * Payload the invoice web app fetches on load to initialise posthog-js.
 */
public record ClientBootstrap(String projectApiKey, String apiHost, String flagsKey, List<String> features) {
}
