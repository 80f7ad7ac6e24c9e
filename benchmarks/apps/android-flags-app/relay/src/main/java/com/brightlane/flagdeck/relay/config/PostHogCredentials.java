package com.brightlane.flagdeck.relay.config;

/** What a FlagDeck client needs to talk to PostHog. */
public record PostHogCredentials(String projectKey, String host, String flagsSecureKey) {
}
