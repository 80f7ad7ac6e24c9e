package com.brindlewood.flagdesk.cli;

import com.brindlewood.flagdesk.posthog.PrivateApiClient;
import com.brindlewood.flagdesk.posthog.PrivateApiClient.FlagDefinition;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list-flags", description = "List the feature flags of a PostHog project.")
public class ListFlagsCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ListFlagsCommand.class);

    @Mixin
    AdminCli.ApiOptions api;

    @Option(names = "--all", description = "Include inactive flags.")
    boolean includeInactive;

    @Override
    public Integer call() {
        PrivateApiClient client = api.client();
        log.debug("Authenticating with token type {}", api.tokenType);
        log.debug("Using {}", client.describe());

        List<FlagDefinition> flags = client.listFlags();
        int shown = 0;
        for (FlagDefinition flag : flags) {
            if (!flag.active() && !includeInactive) {
                continue;
            }
            String rollout = flag.rolloutPercentage() == null ? "-" : flag.rolloutPercentage() + "%";
            System.out.printf("%-40s %-4s %s%n", flag.key(), flag.active() ? "on" : "off", rollout);
            shown++;
        }
        System.out.printf("%d of %d flags%n", shown, flags.size());
        return 0;
    }
}
