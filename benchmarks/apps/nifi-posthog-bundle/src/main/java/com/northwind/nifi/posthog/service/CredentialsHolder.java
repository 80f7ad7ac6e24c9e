package com.northwind.nifi.posthog.service;

/**
 * Process-wide view of the keys of the last enabled {@link StandardPostHogClientService}.
 * Processors that run without a service reference (status route, flag evaluation) read it here.
 */
public final class CredentialsHolder {

    private static volatile String personalApiKey;
    private static volatile String flagsSecretKey;

    private CredentialsHolder() {
    }

    static void update(final PostHogCredentials credentials) {
        personalApiKey = credentials.personalApiKey();
        flagsSecretKey = credentials.flagsSecretKey();
    }

    static void clear() {
        personalApiKey = null;
        flagsSecretKey = null;
    }

    public static String getPersonalApiKey() {
        return personalApiKey;
    }

    public static String getFlagsSecretKey() {
        return flagsSecretKey;
    }

    public static boolean isConfigured() {
        return personalApiKey != null || flagsSecretKey != null;
    }
}
