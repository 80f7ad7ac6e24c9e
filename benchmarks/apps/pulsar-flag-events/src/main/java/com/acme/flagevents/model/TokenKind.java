package com.acme.flagevents.model;

/**
 * How the service authenticates against the Pulsar broker.
 */
public enum TokenKind {
    NONE,
    STATIC_JWT,
    OAUTH2_CLIENT_CREDENTIALS
}
