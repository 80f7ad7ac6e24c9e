package com.acme.flags.cli;

/**
 * Everything flags-cli needs to talk to PostHog, after merging config file, environment and
 * command-line flags.
 */
public record CliSettings(
        String host,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String flagsSecureKey,
        boolean verbose,
        boolean sandbox) {

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
