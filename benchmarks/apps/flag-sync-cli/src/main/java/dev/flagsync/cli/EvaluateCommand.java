package dev.flagsync.cli;

import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.flagsync.Defaults;
import dev.flagsync.FlagSyncApp;
import dev.flagsync.config.Credentials;
import dev.flagsync.errors.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "evaluate", description = "Evaluate one flag for a distinct id with the PostHog server SDK (local evaluation).")
public class EvaluateCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(EvaluateCommand.class.getName());

    @ParentCommand
    FlagSyncApp app;

    @Parameters(index = "0", description = "flag key")
    String flagKey;

    @Option(names = "--distinct-id", required = true)
    String distinctId;

    @Override
    public Integer call() throws Exception {
        Credentials credentials = app.credentials();
        if (credentials.projectApiKey() == null) {
            throw new ConfigException("evaluate needs the project token; run `flagsync login --project-api-key phc_...`");
        }

        LOG.log(Level.FINE, "Evaluating {0} for {1} with personal key {2}", new Object[] {flagKey, distinctId, credentials.personalApiKey()});
        PostHogConfig.Builder builder = PostHogConfig.builder(credentials.projectApiKey()).personalApiKey(credentials.personalApiKey()).host(Defaults.INGEST_HOST);
        if (app.verbose) {
            builder.debug(true);
        }

        PostHogInterface posthog = PostHog.with(builder.build());
        try {
            boolean enabled = posthog.isFeatureEnabled(distinctId, flagKey);
            System.out.printf("%s for %s: %s%n", flagKey, distinctId, enabled ? "enabled" : "disabled");
            return enabled ? 0 : 1;
        } finally {
            posthog.close();
        }
    }
}
