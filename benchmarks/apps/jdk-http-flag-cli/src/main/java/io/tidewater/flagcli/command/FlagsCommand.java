package io.tidewater.flagcli.command;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.tidewater.flagcli.config.CliSettings;
import io.tidewater.flagcli.http.PostHogApiClient;
import io.tidewater.flagcli.http.PostHogApiClient.FeatureFlag;
import io.tidewater.flagcli.sdk.PostHogClientFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

public final class FlagsCommand {

    private static final Logger LOG = Logger.getLogger(FlagsCommand.class.getName());

    private final CliSettings settings;
    private final PrintStream out;

    public FlagsCommand(CliSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public int list() throws IOException, InterruptedException {
        List<FeatureFlag> flags = new PostHogApiClient(settings).listFeatureFlags();
        out.printf("%-8s %-40s %-8s %s%n", "ID", "KEY", "ACTIVE", "ROLLOUT");
        for (FeatureFlag flag : flags) {
            out.printf("%-8d %-40s %-8s %d%%%n", flag.id(), flag.key(), flag.active(), flag.rolloutPercentage());
        }
        out.println(flags.size() + " flag(s)");
        return 0;
    }

    public int evaluate(String distinctId, String... flagKeys) {
        LOG.log(Level.FINE, "Evaluating {0} for {1} (local evaluation key {2})",
                new Object[] {Arrays.toString(flagKeys), distinctId, settings.localEvaluationKey().orElse("none")});
        PostHogInterface posthog = PostHogClientFactory.create(settings);
        try {
            for (String flagKey : flagKeys) {
                Object value = posthog.getFeatureFlag(distinctId, flagKey, false);
                out.println(flagKey + " = " + value);
            }
        } finally {
            posthog.close();
        }
        return 0;
    }

    public int recordOverride(String distinctId, String flagKey, String variant) {
        String writeKey = settings.secureKey() != null ? settings.secureKey() : settings.projectApiKey();
        PostHogInterface writer = PostHog.with(PostHogConfig.builder(writeKey)
                .host(settings.host())
                .flushAt(1)
                .build());
        try {
            writer.capture(distinctId, "flagcli_override_applied", PostHogCaptureOptions.builder()
                    .property("flag", flagKey)
                    .property("variant", variant)
                    .property("$set", Map.of("flagcli_override_" + flagKey, variant))
                    .build());
            writer.flush();
        } finally {
            writer.close();
        }
        LOG.info(() -> "Recorded override " + flagKey + "=" + variant + " for " + distinctId);
        return 0;
    }
}
