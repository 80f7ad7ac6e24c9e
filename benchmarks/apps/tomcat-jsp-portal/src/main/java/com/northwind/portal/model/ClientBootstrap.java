package com.northwind.portal.model;

import java.util.Map;

/**
 * JSON handed to portal.js on page load so posthog-js can start with flags already evaluated.
 */
public record ClientBootstrap(
        String apiHost,
        String projectKey,
        String distinctId,
        Map<String, Object> featureFlags,
        String flagsSecureKey) {
}
