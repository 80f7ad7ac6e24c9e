package com.northwind.flagops.auth;

import java.util.concurrent.atomic.AtomicLong;

/**
 * State of the interactive shell session: the OAuth access token of the last login and a
 * sequence number that tags the log lines of one shell session.
 */
public final class CurrentSession {

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final long SESSION_ID = SEQUENCE.incrementAndGet() + ProcessHandle.current().pid() * 1000;

    private static volatile String accessToken;

    private CurrentSession() {
    }

    public static void setAccessToken(String token) {
        accessToken = token;
    }

    public static String getAccessToken() {
        return accessToken;
    }

    public static boolean isLoggedIn() {
        return accessToken != null;
    }

    public static long sessionId() {
        return SESSION_ID;
    }
}
