package dev.flagtool.cli.command;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.posthog.server.PostHogInterface;
import dev.flagtool.cli.FlagToolMain;
import dev.flagtool.cli.config.ToolConfig;
import dev.flagtool.cli.http.PostHogApiClient;
import dev.flagtool.cli.model.FeatureFlag;
import dev.flagtool.cli.posthog.PostHogClientFactory;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;

@Parameters(commandNames = "list", commandDescription = "List the feature flags of a project")
public class ListFlagsCommand implements FlagToolMain.Command {

    private static final Logger LOG = Logger.getLogger(ListFlagsCommand.class.getName());

    @Parameter(names = {"-p", "--project"}, description = "Project id (default: posthog.project.id)")
    private String projectId;

    @Parameter(names = "--active-only", description = "Hide inactive flags")
    private boolean activeOnly;

    @Parameter(names = "--watch", description = "Re-evaluate the listed flags for a distinct id every poll interval")
    private boolean watch;

    @Parameter(names = "--distinct-id", description = "Distinct id used with --watch")
    private String distinctId = "flagtool-cli";

    @Override
    public int run(ToolConfig config, boolean verbose) throws Exception {
        String project = projectId != null ? projectId : config.getProjectId();
        if (project == null) {
            System.err.println("No project id: pass --project or set posthog.project.id");
            return 2;
        }
        LOG.fine("Personal API key configured: " + config.hasPersonalApiKey());
        LOG.fine(() -> "Listing flags of project " + project + " with personal API key " + config.getPersonalApiKey());

        PostHogApiClient api = new PostHogApiClient(config);
        List<FeatureFlag> flags = api.listFlags(project).stream()
                .filter(f -> !f.isDeleted())
                .filter(f -> !activeOnly || f.isActive())
                .collect(Collectors.toList());
        flags.forEach(System.out::println);
        System.out.printf("%d flag(s)%n", flags.size());

        if (watch) {
            watch(config, flags);
        }
        return 0;
    }

    private void watch(ToolConfig config, List<FeatureFlag> flags) throws InterruptedException {
        PostHogInterface posthog = new PostHogClientFactory(config).forWatch();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (FeatureFlag flag : flags) {
                    boolean enabled = posthog.isFeatureEnabled(distinctId, flag.getKey(), false);
                    System.out.printf("%-40s %s%n", flag.getKey(), enabled);
                }
                System.out.println("--");
                TimeUnit.SECONDS.sleep(config.getPollIntervalSeconds());
            }
        } finally {
            posthog.close();
        }
    }
}
