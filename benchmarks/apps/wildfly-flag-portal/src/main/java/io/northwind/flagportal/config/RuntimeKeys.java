package io.northwind.flagportal.config;

/**
 * Keys that are only known once the deployment has started (mounted from the
 * flag-portal-posthog Kubernetes secret).
 */
public final class RuntimeKeys {

    private static volatile String secureKey;

    private RuntimeKeys() {
    }

    public static void setSecureKey(String key) {
        secureKey = key;
    }

    public static String secureKey() {
        return secureKey;
    }

    public static boolean hasSecureKey() {
        return secureKey != null && !secureKey.isBlank();
    }
}
