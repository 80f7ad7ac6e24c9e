package com.northwind.flagsync.tools;

import com.northwind.flagsync.support.PostHogKeys;
import com.northwind.flagsync.support.Secrets;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.util.List;

/**
 * Ops helper: prints the value of a few flags for a list of distinct ids.
 * <pre>java -cp flag-sync.jar com.northwind.flagsync.tools.FlagExportCommand [--trace] user-1 user-2</pre>
 */
public final class FlagExportCommand {

    private static final List<String> FLAGS = List.of("new-checkout", "pricing-v2", "beta-dashboard");

    private FlagExportCommand() {
    }

    public static void main(String[] args) {
        String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        String host = System.getenv().getOrDefault("POSTHOG_HOST", "https://eu.i.posthog.com");
        if (personalKey == null || personalKey.isBlank()) {
            System.err.println("POSTHOG_PERSONAL_API_KEY is not set");
            System.exit(2);
        }
        System.out.println("Exporting flags from " + host + " with key " + Secrets.mask(personalKey));

        boolean trace = args.length > 0 && "--trace".equals(args[0]);
        List<String> distinctIds = List.of(args).subList(trace ? 1 : 0, args.length);

        PostHogInterface posthog = trace ? openTracingClient(personalKey, host) : openClient(personalKey, host);
        try {
            for (String distinctId : distinctIds) {
                for (String flag : FLAGS) {
                    Object value = posthog.getFeatureFlag(distinctId, flag, false);
                    System.out.println(distinctId + "\t" + flag + "\t" + value);
                }
            }
        } finally {
            posthog.close();
        }
    }

    static PostHogInterface openClient(String personalKey, String host) {
        PostHogConfig config = PostHogConfig.builder(personalKey)
                .host(host)
                .localEvaluation(true)
                .personalApiKey(PostHogKeys.PROJECT_API_KEY)
                .build();
        return PostHog.with(config);
    }

    static PostHogInterface openTracingClient(String personalKey, String host) {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.PROJECT_API_KEY)
                .host(host)
                .localEvaluation(true)
                .build();
        config.setPersonalApiKey(personalKey);
        config.setDebug(true);
        return PostHog.with(config);
    }
}
