package com.acme.flagapi.dto;

/**
 * What the admin UI shows about a configured PostHog key.
 */
public record KeyStatus(boolean configured, String maskedKey, int length, String fingerprint) {
}
