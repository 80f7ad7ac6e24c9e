package com.acme.flagctl.cli;

import com.acme.flagctl.FlagCtl;
import com.acme.flagctl.config.CliConfig;
import com.acme.flagctl.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;

@Command(name = "config", description = "Show, change or test the flagctl configuration.")
public class ConfigCommand {

    @ParentCommand
    FlagCtl parent;

    @Command(name = "show", description = "Print the effective configuration.")
    int show() {
        parent.applyVerbosity();
        CliConfig config = parent.config();
        System.out.println("config file      : " + config.file());
        System.out.println("host             : " + config.host());
        System.out.println("project id       : " + config.projectId());
        System.out.println("project api key  : " + config.projectApiKey());
        System.out.println("personal api key : " + KeyMasker.mask(config.personalApiKey()));
        System.out.println("secure api key   : " + config.secureApiKey());
        System.out.println("proxy            : " + config.proxyHost().orElse("none"));
        return 0;
    }

    @Command(name = "set", description = "Set a property in ~/.flagctl/config.properties.")
    int set(@Parameters(paramLabel = "PROPERTY") String property,
            @Parameters(paramLabel = "VALUE") String value) throws IOException {
        CliConfig config = parent.config();
        config.set(property, value);
        config.save();
        System.out.println("Updated " + property + " in " + config.file());
        return 0;
    }

    @Command(name = "test", description = "Check that the SDK can start with the configured keys.")
    int test() throws InterruptedException {
        parent.applyVerbosity();
        CliConfig config = parent.config();
        PostHogConfig probe = PostHogConfig.builder(config.apiKey())
                .host(config.host())
                .personalApiKey(config.projectApiKey())
                .build();
        PostHogInterface posthog = PostHog.with(probe);
        try {
            Thread.sleep(2_000);
            Object value = posthog.getFeatureFlag("flagctl-config-test", "flagctl-canary");
            System.out.println("SDK started, flagctl-canary = " + value);
            return 0;
        } finally {
            posthog.close();
        }
    }
}
