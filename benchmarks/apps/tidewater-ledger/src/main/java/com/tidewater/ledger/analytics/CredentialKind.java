package com.tidewater.ledger.analytics;

/** Which kind of PostHog credential drives flag evaluation. */
public enum CredentialKind {
    PROJECT_KEY,
    PERSONAL_KEY,
    SECURE_KEY
}
