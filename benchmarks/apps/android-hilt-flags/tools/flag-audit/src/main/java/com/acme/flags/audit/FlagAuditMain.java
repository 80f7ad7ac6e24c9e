package com.acme.flags.audit;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Weekly job: checks that every flag the app relies on still exists and evaluates
 * for the audit user, then dumps the raw definitions for QA.
 */
public final class FlagAuditMain {

    // fallback for local runs; CI injects POSTHOG_PERSONAL_API_KEY
    private static final String DEFAULT_PERSONAL_API_KEY = "phx_to2kxbNqmeMcgDPtzifyAJbiM5Kp9oaCXtU4LZor3AZGTBdH";

    private static final String[] REQUIRED_FLAGS = {"new-settings-screen", "background-sync", "qa-inspector"};

    private FlagAuditMain() {
    }

    public static void main(String[] args) throws Exception {
        String projectKey = System.getenv().getOrDefault("POSTHOG_API_KEY", FlagExporter.PROJECT_API_KEY);
        String personalKey = System.getenv().getOrDefault("POSTHOG_PERSONAL_API_KEY", DEFAULT_PERSONAL_API_KEY);

        System.out.println("flag-audit starting with personal key " + personalKey);
        System.out.println("personal key from environment: " + (System.getenv("POSTHOG_PERSONAL_API_KEY") != null));

        PostHogConfig config = PostHogConfig.builder(projectKey)
                .host("https://us.i.posthog.com")
                .personalApiKey(personalKey)
                .debug(true)
                .build();
        PostHogInterface posthog = PostHog.with(config);

        int missing = 0;
        for (String flag : REQUIRED_FLAGS) {
            boolean enabled = posthog.isFeatureEnabled("flag-audit-bot", flag);
            System.out.println(flag + " -> " + enabled);
            if (!enabled) {
                missing++;
            }
        }
        posthog.close();

        String json = new FlagExporter(personalKey).exportFlags(12345L);
        System.out.println("exported " + json.length() + " bytes of flag definitions");
        System.exit(missing == 0 ? 0 : 1);
    }
}
