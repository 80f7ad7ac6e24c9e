package com.acme.flags.cli;

import com.acme.flags.FlagsConfiguration;
import com.acme.flags.config.PostHogFactory;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

import java.util.List;

/**
 * {@code java -jar flags-admin.jar dump-flags --distinct-id alice@acme.com --flag new-checkout config.yml}
 * <p>
 * Evaluates flags locally and prints what a given person gets. Verbose on purpose: support uses
 * it to see every request the SDK makes.
 */
public class DumpFlagsCommand extends ConfiguredCommand<FlagsConfiguration> {

    public DumpFlagsCommand() {
        super("dump-flags", "Evaluate feature flags for one distinct id using local evaluation");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--distinct-id")
                .dest("distinctId")
                .required(true)
                .help("distinct id to evaluate flags for");
        subparser.addArgument("--flag")
                .dest("flags")
                .nargs("+")
                .required(true)
                .help("flag keys to evaluate");
    }

    @Override
    protected void run(Bootstrap<FlagsConfiguration> bootstrap, Namespace namespace,
                       FlagsConfiguration configuration) throws Exception {
        PostHogFactory posthog = configuration.getPostHog();
        PostHogConfig config = PostHogConfig.builder(posthog.getProjectApiKey())
                .host(posthog.getHost())
                .personalApiKey(posthog.getPersonalApiKey())
                .debug(true)
                .build();

        PostHogInterface client = PostHog.with(config);
        try {
            String distinctId = namespace.getString("distinctId");
            List<String> flags = namespace.getList("flags");
            for (String flag : flags) {
                Object value = client.getFeatureFlag(distinctId, flag);
                System.out.printf("%-40s %s%n", flag, value);
            }
        } finally {
            client.close();
        }
    }
}
