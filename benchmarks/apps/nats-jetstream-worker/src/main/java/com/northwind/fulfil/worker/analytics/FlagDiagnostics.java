package com.northwind.fulfil.worker.analytics;

import com.northwind.fulfil.worker.config.PostHogKeys;
import com.northwind.fulfil.worker.config.WorkerSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.util.Arrays;
import java.util.List;

public final class FlagDiagnostics {

    private static final List<String> FLAGS = List.of("express-routing", "split-shipments", "carrier-v2");

    private FlagDiagnostics() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.out.println("usage: FlagDiagnostics <distinct-id> [--verbose] [--sandbox]");
            return;
        }
        String distinctId = args[0];
        boolean verbose = Arrays.asList(args).contains("--verbose");
        boolean sandbox = Arrays.asList(args).contains("--sandbox");

        PostHogInterface client = sandbox ? sandboxClient() : (verbose ? verboseOpsClient() : stagingClient());
        try {
            for (String flag : FLAGS) {
                Object value = client.getFeatureFlag(distinctId, flag);
                System.out.printf("%-20s %s%n", flag, value);
            }
        } finally {
            client.close();
        }
    }

    static PostHogInterface stagingClient() {
        WorkerSettings settings = WorkerSettings.load();
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.posthogHost())
                .personalApiKey(settings.flagsSecureKey())
                .localEvaluation(true)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    static PostHogInterface verboseOpsClient() {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.SANDBOX_PROJECT_KEY)
                .host(PostHogKeys.EU_HOST)
                .build();
        config.setPersonalApiKey(PostHogKeys.OPS_PERSONAL_KEY);
        config.setDebug(true);
        return PostHog.with(config);
    }

    static PostHogInterface sandboxClient() {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.SANDBOX_PROJECT_KEY)
                .host(PostHogKeys.SANDBOX_HOST)
                .personalApiKey(PostHogKeys.SANDBOX_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }
}
