package com.lumenforge.flags.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * On-call tool to reproduce local-evaluation problems from a laptop.
 *
 * <pre>
 * export POSTHOG_API_KEY=... POSTHOG_PERSONAL_API_KEY=...
 * java -cp target/flags-service.jar:target/libs/* com.lumenforge.flags.posthog.LocalEvalDiagnostics new-checkout
 * </pre>
 */
public final class LocalEvalDiagnostics {

    private LocalEvalDiagnostics() {
    }

    public static void main(String[] args) throws InterruptedException {
        String flag = args.length > 0 ? args[0] : "new-checkout";
        String distinctId = args.length > 1 ? args[1] : "diagnostics-user";

        PostHogConfig config = PostHogConfig.builder(System.getenv("POSTHOG_API_KEY"))
                .host("https://eu.i.posthog.com")
                .build();
        config.setPersonalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"));
        config.setDebug(true);

        PostHogInterface posthog = PostHog.with(config);
        Thread.sleep(2_000); // let the first definitions poll finish
        System.out.println(flag + " for " + distinctId + " = " + posthog.isFeatureEnabled(distinctId, flag));
        posthog.close();
    }
}
