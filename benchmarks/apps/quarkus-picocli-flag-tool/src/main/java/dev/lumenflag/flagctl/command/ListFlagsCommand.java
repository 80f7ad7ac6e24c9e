package dev.lumenflag.flagctl.command;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.lumenflag.flagctl.client.PostHogAdminClient.FeatureFlag;
import dev.lumenflag.flagctl.config.PostHogSettings;
import dev.lumenflag.flagctl.service.FlagService;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "list", aliases = "ls", description = "List the feature flags of the configured project.")
public class ListFlagsCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(ListFlagsCommand.class);

    @Inject
    PostHogSettings settings;

    @Inject
    FlagService flagService;

    @Spec
    CommandSpec spec;

    @Option(names = "--active", description = "Only show active flags.")
    boolean activeOnly;

    @Option(names = "--evaluate-for", paramLabel = "DISTINCT_ID",
            description = "Also evaluate every flag locally for this distinct id.")
    String evaluateFor;

    @Option(names = "--open", description = "Open the flag list in the browser.")
    boolean open;

    @Override
    public Integer call() throws IOException {
        LOG.debugf("Listing flags of project %d on %s with key %s", settings.projectId(), settings.host(), settings.personalApiKey().orElse("<none>"));
        List<FeatureFlag> flags = flagService.listFlags(activeOnly);
        PrintWriter out = spec.commandLine().getOut();
        for (FeatureFlag flag : flags) {
            String rollout = flag.rolloutPercentage() == null ? "-" : flag.rolloutPercentage() + "%";
            out.printf("%-40s %-4s %6s%n", flag.key(), flag.active() ? "on" : "off", rollout);
        }
        out.printf("%d flag(s)%n", flags.size());
        if (evaluateFor != null) {
            evaluateLocally(flags, evaluateFor, out);
        }
        if (open) {
            openInBrowser();
        }
        return 0;
    }

    private void evaluateLocally(List<FeatureFlag> flags, String distinctId, PrintWriter out) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.ingestHost())
                .personalApiKey(settings.projectApiKey())
                .localEvaluation(true)
                .build();
        PostHogInterface local = PostHog.with(config);
        try {
            for (FeatureFlag flag : flags) {
                out.printf("  %-38s -> %s%n", flag.key(), local.getFeatureFlag(distinctId, flag.key()));
            }
        } finally {
            local.close();
        }
    }

    private void openInBrowser() throws IOException {
        String key = settings.personalApiKey().orElseThrow(() ->
                new ParameterException(spec.commandLine(), "--open needs posthog.personal-api-key"));
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            throw new ParameterException(spec.commandLine(), "--open is not supported on this system");
        }
        URI uri = URI.create(settings.host() + "/api/projects/" + settings.projectId()
                + "/feature_flags/?format=json&personal_api_key=" + key);
        Desktop.getDesktop().browse(uri);
    }
}
