package io.acme.flagoperator.dev;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.acme.flagoperator.FlagOperatorMain;

/**
 * Starts the operator against a local kind cluster and a PostHog instance from
 * {@code docker compose} in the posthog repository. Prints the SDK's own output so flag
 * polling can be followed on the console.
 */
public final class LocalDevRunner {

    private LocalDevRunner() {
    }

    public static void main(String[] args) throws Exception {
        String profile = System.getenv().getOrDefault("OPERATOR_ENV", "local");

        PostHogConfig.Builder builder = PostHogConfig.builder(System.getenv("POSTHOG_PROJECT_API_KEY"))
                .host("http://localhost:8010")
                .personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"))
                .pollIntervalSeconds(5);
        if ("local".equals(profile)) {
            builder.debug(true);
        }
        PostHogInterface posthog = PostHog.with(builder.build());
        Thread.sleep(6_000);
        System.out.println("flag-sync-enabled = " + posthog.isFeatureEnabled("k8s-flag-operator", "flag-sync-enabled", true));
        posthog.close();

        FlagOperatorMain.main(args);
    }
}
