package dev.lumenflag.flagctl.command;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.lumenflag.flagctl.config.FlagToolDefaults;
import dev.lumenflag.flagctl.config.PostHogSettings;
import dev.lumenflag.flagctl.model.FlagContext;
import dev.lumenflag.flagctl.service.FlagService;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "evaluate", aliases = "eval", description = "Evaluate one feature flag for a distinct id.")
public class EvaluateCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(EvaluateCommand.class);

    @Inject
    PostHogSettings settings;

    @Inject
    FlagService flagService;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FLAG", description = "Feature flag key.")
    String flagKey;

    @Option(names = {"-d", "--distinct-id"}, defaultValue = FlagToolDefaults.DEFAULT_DISTINCT_ID)
    String distinctId;

    @Option(names = "--local", description = "Evaluate locally with the feature-flags secure key.")
    boolean local;

    @Option(names = "--ci", description = "Use the CI project instead of the configured one.")
    boolean ci;

    @Option(names = "--trace", description = "Show the SDK's HTTP traffic.")
    boolean trace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!local && !ci) {
            out.printf("%s = %s%n", flagKey, flagService.variant(flagKey, distinctId));
            return 0;
        }
        FlagContext context = FlagContext.of(distinctId, flagKey, settings.projectApiKey(),
                settings.featureFlagsSecureKey().orElse(null), local);
        LOG.infof("Evaluating %s", context);
        String projectKey = ci ? FlagToolDefaults.CI_API_KEY : context.projectApiKey();
        PostHogConfig config = PostHogConfig.builder(projectKey)
                .host(settings.ingestHost())
                .personalApiKey(context.secureKey())
                .localEvaluation(context.localEvaluation())
                .build();
        if (trace) {
            config.setDebug(true);
        }
        PostHogInterface postHog = PostHog.with(config);
        try {
            Object value = postHog.getFeatureFlag(context.distinctId(), context.flagKey());
            out.printf("%s = %s%n", context.flagKey(), value);
        } finally {
            postHog.close();
        }
        return 0;
    }
}
