package com.tidewell.flaggate.tools;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tidewell.flaggate.config.Keys;

import java.util.Objects;

/**
 * On-call helper: evaluates one flag locally, the same way flaggate does.
 *
 * <pre>java -cp flaggate.jar com.tidewell.flaggate.tools.LocalEvalProbe user-123 new-checkout</pre>
 */
public final class LocalEvalProbe {

    private LocalEvalProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: LocalEvalProbe <distinct-id> <flag-key>");
            System.exit(2);
        }
        String projectKey = Objects.requireNonNullElse(System.getenv("POSTHOG_API_KEY"), Keys.DEFAULT_PROJECT_KEY);
        String personalKey = Objects.requireNonNullElse(System.getenv("POSTHOG_PERSONAL_API_KEY"), Keys.REPORTING_PERSONAL_KEY);

        PostHogConfig config = PostHogConfig.builder(projectKey)
                .host(Objects.requireNonNullElse(System.getenv("POSTHOG_HOST"), "https://us.i.posthog.com"))
                .build();
        config.setPersonalApiKey(personalKey);
        config.setDebug(true);

        PostHogInterface posthog = PostHog.with(config);
        try {
            Thread.sleep(3_000); // give the poller time to load definitions
            Object value = posthog.getFeatureFlag(args[0], args[1], null);
            System.out.println(args[1] + " for " + args[0] + " = " + value);
        } finally {
            posthog.close();
        }
    }
}
