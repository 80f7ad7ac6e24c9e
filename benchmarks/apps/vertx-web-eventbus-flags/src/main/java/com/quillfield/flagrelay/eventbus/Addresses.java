package com.quillfield.flagrelay.eventbus;

/**
 * Event bus addresses and message header names shared by verticles and the SockJS bridge.
 */
public final class Addresses {

    /** Request/reply: evaluate a flag for a distinct id. */
    public static final String FLAG_EVALUATE = "flagrelay.flags.evaluate";

    /** Publish: fresh flag definitions from the local evaluation poller (server side only). */
    public static final String FLAG_DEFINITIONS = "flagrelay.flags.definitions";

    /** Publish: bridged to the admin console in the browser via SockJS. */
    public static final String ADMIN_CONSOLE = "flagrelay.admin.console";

    /** Message header carrying the caller's bearer credential. */
    public static final String AUTH_HEADER = "Authorization";

    /** Message header carrying the caller's session, for audit correlation. */
    public static final String SESSION_HEADER = "x-session-id";

    private Addresses() {
    }
}
