package com.northwind.flags.config;

/** Which kind of PostHog credential a component uses. */
public enum KeyKind {
    PROJECT_API_KEY,
    PERSONAL_API_KEY,
    FEATURE_FLAGS_SECURE_API_KEY
}
