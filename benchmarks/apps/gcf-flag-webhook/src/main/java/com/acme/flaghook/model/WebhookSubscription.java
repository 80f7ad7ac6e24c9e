package com.acme.flaghook.model;

/** A PostHog webhook destination registered with us, stored in Firestore. */
public record WebhookSubscription(
    String id, String name, String targetUrl, String signingSecret, boolean active) {}
