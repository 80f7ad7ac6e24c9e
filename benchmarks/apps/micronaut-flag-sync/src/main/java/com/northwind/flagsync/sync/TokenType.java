package com.northwind.flagsync.sync;

/**
 * Which kind of PostHog credential a sync run authenticated with.
 */
public enum TokenType {
    PERSONAL_API_KEY,
    FLAGS_SECURE_KEY,
    OAUTH_ACCESS
}
