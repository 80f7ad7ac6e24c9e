package io.jenkins.plugins.posthog.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.posthog.PostHogDefaults;

/**
 * Renders PostHog keys the way the PostHog UI does: first four characters, an ellipsis, last four.
 */
public final class KeyMasker {

    private KeyMasker() {
    }

    public static String mask(@CheckForNull String key) {
        if (key == null || key.isEmpty()) {
            return "(none)";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static boolean isPersonalKey(@CheckForNull String key) {
        return key != null && key.startsWith(PostHogDefaults.PERSONAL_KEY_PREFIX);
    }

    public static boolean isSecureFlagsKey(@CheckForNull String key) {
        return key != null && key.startsWith(PostHogDefaults.SECURE_KEY_PREFIX);
    }

    public static boolean isProjectKey(@CheckForNull String key) {
        return key != null && key.startsWith(PostHogDefaults.PROJECT_KEY_PREFIX);
    }
}
