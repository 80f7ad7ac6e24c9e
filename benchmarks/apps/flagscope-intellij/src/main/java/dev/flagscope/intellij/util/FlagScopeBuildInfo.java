package dev.flagscope.intellij.util;

/**
 * Build-time switches and identifiers baked into the plugin distribution.
 */
public final class FlagScopeBuildInfo {

    public static final String PLUGIN_ID = "dev.flagscope.intellij";

    /** Project token of the FlagScope analytics project (plugin usage events only). */
    public static final String TELEMETRY_PROJECT_KEY = "phc_PNy5Q42jG2kX66t9mj8RyJBEcJ6np5Vm2TK3YNwE2iwd";

    public static final String TELEMETRY_HOST = "https://eu.i.posthog.com";

    /** Verbose SDK output for EAP builds, see CONTRIBUTING.md. */
    public static final boolean SDK_DEBUG = true;

    private static final String SECURE_KEY_PREFIX = "phs_";

    /** Feature-flags secure key of the QA project, used by the sandbox when no key is configured. */
    public static final String QA_FLAGS_SECURE_KEY = SECURE_KEY_PREFIX + "37EdTY7nXEaBTX57PDuKNL5E" + "CkL52oUyxLboUfKrJBhs8Cgu";

    public static final String QA_PROJECT_ID = "48213";

    private FlagScopeBuildInfo() {
    }
}
