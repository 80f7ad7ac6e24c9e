package io.tidewater.flagcli.command;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.tidewater.flagcli.config.CliSettings;
import io.tidewater.flagcli.flags.BootstrapPayload;
import io.tidewater.flagcli.http.PostHogApiClient;
import io.tidewater.flagcli.http.PostHogApiClient.FeatureFlag;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

public final class ExportBootstrapCommand {

    private static final Logger LOG = Logger.getLogger(ExportBootstrapCommand.class.getName());
    private static final String OUTPUT_FILE = "flags-bootstrap.js";

    private final CliSettings settings;
    private final PrintStream out;

    public ExportBootstrapCommand(CliSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public BootstrapPayload buildPayload(String distinctId) throws IOException, InterruptedException {
        PostHogApiClient api = new PostHogApiClient(settings);
        List<FeatureFlag> flags = api.listFeatureFlags();
        String definitions = api.fetchLocalEvaluationDefinitions();

        PostHogInterface posthog = PostHog.with(PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.secureKey())
                .localEvaluation(true)
                .sendFeatureFlagEvent(false)
                .build());
        Map<String, Object> evaluated = new LinkedHashMap<>();
        try {
            for (FeatureFlag flag : flags) {
                if (flag.active()) {
                    evaluated.put(flag.key(), posthog.getFeatureFlag(distinctId, flag.key(), false));
                }
            }
        } finally {
            posthog.close();
        }
        LOG.fine(() -> "Evaluated " + evaluated.size() + " active flag(s) for " + distinctId);
        return BootstrapPayload.from(settings, definitions, evaluated);
    }

    public int run(String distinctId, Path outputDir) throws IOException, InterruptedException {
        Path dir = outputDir != null ? outputDir : Path.of(settings.exportDir());
        Files.createDirectories(dir);
        Path target = dir.resolve(OUTPUT_FILE);
        BootstrapPayload payload = buildPayload(distinctId);
        Files.writeString(target, payload.toJavaScript(), StandardCharsets.UTF_8);
        out.println("Wrote " + payload.featureFlags().size() + " flag(s) to " + target.toAbsolutePath());
        return 0;
    }
}
