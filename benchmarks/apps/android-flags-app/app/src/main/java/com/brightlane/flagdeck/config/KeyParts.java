package com.brightlane.flagdeck.config;

/**
 * Values for the staging project. Kept apart from {@link FlagConfig} so the release
 * script can swap this file for the prod one.
 */
final class KeyParts {

    static final String SECURE_PREFIX = "phs_";
    static final String STAGING_SECURE_HEAD = "oHTKLkSseNPZchpzisyr94";
    static final String STAGING_SECURE_TAIL = "9yhLHxfH3jroqXZsWixdkAH3fW";

    private KeyParts() {
    }
}
