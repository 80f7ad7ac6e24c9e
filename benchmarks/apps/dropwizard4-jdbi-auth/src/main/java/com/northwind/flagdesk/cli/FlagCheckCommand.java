package com.northwind.flagdesk.cli;

import com.northwind.flagdesk.FlagDeskConfiguration;
import com.northwind.flagdesk.config.PostHogSettings;
import com.northwind.flagdesk.posthog.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code java -jar flagdesk.jar check-flags config.yml --distinct-id alice new-editor checkout-v2} */
public class FlagCheckCommand extends ConfiguredCommand<FlagDeskConfiguration> {

    public FlagCheckCommand() {
        super("check-flags", "Evaluate feature flags locally for one distinct id and print the result");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--distinct-id").dest("distinctId").setDefault("flagdesk-cli");
        subparser.addArgument("--sandbox").dest("sandbox").type(Boolean.class).setDefault(false);
        subparser.addArgument("flags").nargs("+").help("flag keys to evaluate");
    }

    @Override
    protected void run(Bootstrap<FlagDeskConfiguration> bootstrap, Namespace namespace,
                       FlagDeskConfiguration configuration) throws Exception {
        PostHogInterface posthog = namespace.getBoolean("sandbox")
                ? sandboxClient()
                : projectClient(configuration.getPosthog());
        try {
            // give the poller one cycle to fetch flag definitions
            TimeUnit.SECONDS.sleep(3);
            String distinctId = namespace.getString("distinctId");
            List<String> flags = namespace.getList("flags");
            for (String flag : flags) {
                System.out.printf("%-32s %s%n", flag, posthog.isFeatureEnabled(distinctId, flag));
            }
        } finally {
            posthog.close();
        }
    }

    private static PostHogInterface projectClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .build();
        config.setPersonalApiKey(settings.getPersonalApiKey());
        // the CLI is for humans: show the poll requests so people can see what was fetched
        config.setDebug(true);
        return PostHog.with(config);
    }

    private static PostHogInterface sandboxClient() {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.SANDBOX_PROJECT_API_KEY)
                .host("https://eu.i.posthog.com")
                .personalApiKey(PostHogKeys.SANDBOX_PROJECT_API_KEY)
                .build();
        return PostHog.with(config);
    }
}
