package com.brindlewood.flagdesk.cli;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "smoke-test", description = "Evaluate a flag locally and send a test event (CI pipeline).")
public class SmokeTestCommand implements Callable<Integer> {

    @Mixin
    AdminCli.ApiOptions api;

    @Option(names = "--flag", required = true, description = "Flag key to evaluate.")
    String flagKey;

    @Option(names = "--distinct-id", defaultValue = "flagdesk-ci", description = "Distinct id to evaluate for.")
    String distinctId;

    @Override
    public Integer call() {
        boolean enabled = evaluateLocally();
        System.out.printf("flag %s for %s: %s%n", flagKey, distinctId, enabled);
        captureSmokeEvent();
        api.client().sendCapture(api.ingestHost, "cli smoke test (raw)", distinctId);
        return enabled ? 0 : 1;
    }

    private boolean evaluateLocally() {
        PostHogConfig config = PostHogConfig.builder(api.projectApiKey).host(api.ingestHost).build();
        config.setPersonalApiKey(api.personalApiKey);
        config.setDebug(true);
        PostHogInterface posthog = PostHog.with(config);
        try {
            return posthog.isFeatureEnabled(distinctId, flagKey, false);
        } finally {
            posthog.close();
        }
    }

    private void captureSmokeEvent() {
        PostHogConfig config = PostHogConfig.builder(api.personalApiKey).host(api.ingestHost).build();
        PostHogInterface posthog = PostHog.with(config);
        try {
            posthog.capture(distinctId, "cli smoke test", Map.of("source", "flagdesk-admin"));
            posthog.flush();
        } finally {
            posthog.close();
        }
    }
}
