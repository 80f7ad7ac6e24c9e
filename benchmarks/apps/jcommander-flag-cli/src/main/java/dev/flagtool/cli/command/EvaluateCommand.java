package dev.flagtool.cli.command;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.flagtool.cli.FlagToolMain;
import dev.flagtool.cli.config.ToolConfig;
import dev.flagtool.cli.model.ProjectContext;
import dev.flagtool.cli.posthog.PostHogClientFactory;

import java.util.logging.Logger;

@Parameters(commandNames = "eval", commandDescription = "Evaluate a feature flag for a distinct id")
public class EvaluateCommand implements FlagToolMain.Command {

    private static final Logger LOG = Logger.getLogger(EvaluateCommand.class.getName());

    @Parameter(names = {"-f", "--flag"}, required = true, description = "Flag key")
    private String flagKey;

    @Parameter(names = {"-d", "--distinct-id"}, required = true, description = "Distinct id to evaluate for")
    private String distinctId;

    @Parameter(names = "--local", description = "Evaluate locally with the flag definitions")
    private boolean local;

    @Parameter(names = "--trace", description = "Print the SDK's request trace")
    private boolean trace;

    @Parameter(names = "--sandbox", description = "Use the shared sandbox project")
    private boolean sandbox;

    @Override
    public int run(ToolConfig config, boolean verbose) {
        ProjectContext context = ProjectContext.from(config);
        LOG.info("Evaluating '" + flagKey + "' for " + distinctId + " using " + context);

        PostHogInterface posthog = open(config, verbose);
        try {
            Object value = posthog.getFeatureFlag(distinctId, flagKey, false);
            System.out.println(flagKey + " = " + value);
            return 0;
        } finally {
            posthog.close();
        }
    }

    private PostHogInterface open(ToolConfig config, boolean verbose) {
        PostHogClientFactory factory = new PostHogClientFactory(config);
        if (sandbox) {
            return factory.forSandbox();
        }
        if (trace) {
            PostHogConfig cfg = PostHogConfig.builder(config.getProjectKey())
                    .host(config.getHost())
                    .localEvaluation(true)
                    .personalApiKey(config.getPersonalApiKey())
                    .debug(true)
                    .build();
            return PostHog.with(cfg);
        }
        if (local) {
            return factory.forFlags();
        }
        return PostHog.with(PostHogConfig.builder(config.getProjectKey())
                .host(config.getHost())
                .debug(verbose)
                .build());
    }
}
