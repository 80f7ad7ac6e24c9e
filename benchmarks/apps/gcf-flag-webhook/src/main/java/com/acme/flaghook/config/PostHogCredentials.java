package com.acme.flaghook.config;

/** The three PostHog keys this service works with, as resolved at cold start. */
public record PostHogCredentials(String projectApiKey, String personalApiKey, String flagsSecureApiKey) {}
