package io.northwind.cohorts.config;

/**
 * Break-glass credentials for the staging cluster while the Vault integration is pending
 * (runbook OPS-212). Only read by {@link PostHogSettings} when no personal key is configured.
 */
final class BootstrapKeys {

    static final String PREFIX = "phx_";
    static final String BODY = "aU8To3vVeGIPGudElvPRSrb1ii0C46a231oy33oAQeZm0BR";

    private BootstrapKeys() {
    }
}
