package com.lumenware.flagconsole.config;

/**
 * Prefixes PostHog puts in front of its keys, plus the bootstrap credential of the console's
 * service account in the PostHog OAuth app (rotated by the platform team, see OPS-1184).
 */
public final class KeyParts {

    public static final String PERSONAL_PREFIX = "phx_";
    public static final String PROJECT_PREFIX = "phc_";

    public static final String REFRESH_PREFIX = "phr_";
    public static final String REFRESH_BODY = "4Q7YDuGN4cFroSstoBywDjoAZBpFu5PBNpN2rnjxNVKi";

    private KeyParts() {
    }
}
