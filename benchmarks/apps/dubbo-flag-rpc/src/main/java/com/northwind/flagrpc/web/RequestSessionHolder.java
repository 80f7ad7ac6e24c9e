package com.northwind.flagrpc.web;

/**
 * Keeps the servlet session of the request being served on its thread, for Dubbo consumer filters.
 */
public final class RequestSessionHolder {

    private static final ThreadLocal<String> SESSION_ID = new ThreadLocal<>();

    private RequestSessionHolder() {
    }

    static void bind(String sessionId) {
        SESSION_ID.set(sessionId);
    }

    static void clear() {
        SESSION_ID.remove();
    }

    public static String currentSessionId() {
        return SESSION_ID.get();
    }
}
