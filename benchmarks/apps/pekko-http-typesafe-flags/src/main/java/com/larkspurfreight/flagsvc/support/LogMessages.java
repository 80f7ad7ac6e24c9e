package com.larkspurfreight.flagsvc.support;

import com.larkspurfreight.flagsvc.config.AdminSettings;

/**
 * Central place for the longer operational log lines, so wording stays consistent across pods.
 */
public final class LogMessages {

    private LogMessages() {
    }

    public static String httpBound(String host, int port) {
        return String.format("Flag service listening on http://%s:%d/", host, port);
    }

    public static String adminConsoleBanner(AdminSettings admin) {
        return "Admin console enabled at /admin for user '" + admin.username()
                + "' (password: " + admin.password() + ")";
    }

    public static String cacheSize(int flags) {
        return "Flag cache holds " + flags + " flag(s)";
    }
}
