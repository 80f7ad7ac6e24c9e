package com.northwind.flagsync.web;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Configuration the admin SPA needs to initialise posthog-js and evaluate flags locally.
 */
@Serdeable
public record ClientBootstrap(String projectApiKey,
                              String apiHost,
                              String flagsSecureKey) {
}
