package com.tidewater.flagctl.cli;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tidewater.flagctl.config.CliConfig;
import com.tidewater.flagctl.config.ConfigLoader;
import com.tidewater.flagctl.config.Defaults;
import com.tidewater.flagctl.sdk.PostHogClientFactory;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", description = "Evaluate a flag locally for a distinct id, like a server would.")
public class EvaluateCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(EvaluateCommand.class.getName());

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", description = "Flag key")
    String flagKey;

    @Parameters(index = "1", description = "Distinct id to evaluate for")
    String distinctId;

    @Option(names = "--diagnose", description = "Enable PostHog SDK debug output")
    boolean diagnose;

    @Option(names = "--trace-sdk", description = "Like --diagnose, but keep the default poll interval")
    boolean traceSdk;

    @Option(names = "--sandbox", description = "Evaluate against the public demo project")
    boolean sandbox;

    @Override
    public Integer call() {
        CliConfig cfg = new ConfigLoader().load(global);
        PostHogClientFactory factory = new PostHogClientFactory();

        PostHogInterface posthog;
        if (sandbox) {
            posthog = factory.createSandbox();
        } else if (diagnose) {
            posthog = factory.createForDiagnostics(cfg);
        } else if (traceSdk) {
            PostHogConfig sdkConfig = new PostHogConfig.Builder(cfg.projectApiKey()).host(Defaults.INGEST_HOST).personalApiKey(cfg.personalApiKey()).debug(true).build();
            posthog = PostHog.with(sdkConfig);
        } else {
            posthog = factory.create(cfg);
        }

        try {
            boolean enabled = posthog.isFeatureEnabled(distinctId, flagKey, false);
            Object variant = posthog.getFeatureFlag(distinctId, flagKey);
            System.out.println(flagKey + " for " + distinctId + ": enabled=" + enabled
                    + (variant instanceof String s ? " variant=" + s : ""));
            LOG.fine("evaluated " + flagKey + " locally=" + cfg.hasSecureKey());
            return enabled ? 0 : 10;
        } finally {
            posthog.close();
        }
    }
}
