package com.northwind.flags.model;

import java.util.Map;

/**
 * What the storefront needs to initialise posthog-js with bootstrapped flags.
 */
public record ClientBootstrap(String projectApiKey, String apiHost, String distinctId, Map<String, Object> featureFlags) {
}
