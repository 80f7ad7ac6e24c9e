package com.acme.flags.karaf.config;

/**
 * Where the effective personal API key was taken from.
 */
public enum KeySource {
    CONFIG_ADMIN,
    ENVIRONMENT,
    FALLBACK,
    NONE
}
