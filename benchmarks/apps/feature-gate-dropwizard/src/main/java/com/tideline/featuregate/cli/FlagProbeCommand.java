package com.tideline.featuregate.cli;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tideline.featuregate.FeatureGateConfiguration;
import com.tideline.featuregate.posthog.PostHogFactory;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.util.List;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code java -jar feature-gate.jar probe-flags config.yml --distinct-id u_123 --flag new-checkout}
 */
public class FlagProbeCommand extends ConfiguredCommand<FeatureGateConfiguration> {

    public FlagProbeCommand() {
        super("probe-flags", "Evaluates flags locally for one distinct id and prints the result");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--distinct-id").dest("distinctId").required(true);
        subparser.addArgument("--flag").dest("flags").nargs("+").required(true);
    }

    @Override
    protected void run(Bootstrap<FeatureGateConfiguration> bootstrap, Namespace namespace,
                       FeatureGateConfiguration configuration) throws Exception {
        PostHogFactory settings = configuration.getPosthog();
        String distinctId = namespace.getString("distinctId");
        List<String> flags = namespace.getList("flags");
        String personalApiKey = settings.getPersonalApiKey();

        System.out.printf("Probing %d flags for %s on %s using key %s%n", flags.size(), distinctId, settings.getHost(), personalApiKey);

        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(personalApiKey)
                .debug(true)
                .build();
        PostHogInterface posthog = PostHog.with(config);
        try {
            for (String flag : flags) {
                System.out.println(flag + " -> " + posthog.getFeatureFlag(distinctId, flag));
            }
        } finally {
            posthog.close();
        }
    }
}
