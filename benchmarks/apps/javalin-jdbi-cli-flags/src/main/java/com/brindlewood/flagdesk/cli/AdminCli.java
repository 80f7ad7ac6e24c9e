package com.brindlewood.flagdesk.cli;

import com.brindlewood.flagdesk.posthog.PrivateApiClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "flagdesk-admin",
        mixinStandardHelpOptions = true,
        version = "flagdesk-admin 1.4.2",
        subcommands = {ListFlagsCommand.class, SmokeTestCommand.class},
        description = "Administer Brindlewood feature flags through PostHog's private API.")
public class AdminCli implements Runnable {

    // Used by the CI smoke job when the runner has no POSTHOG_PERSONAL_API_KEY set.
    static final String CI_PERSONAL_KEY = "phx_bQMVQEZKpwAV4g6k" + "Y2fFEskwG2Aoxg8naqqE" + "boA3mQNMdATJ";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new AdminCli());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            System.err.println("flagdesk-admin failed (" + ex.getClass().getSimpleName() + "), re-run with --verbose for details");
            System.err.println("invocation: flagdesk-admin " + String.join(" ", args));
            return 2;
        });
        System.exit(cli.execute(args));
    }

    /** Options shared by every subcommand that talks to PostHog. */
    public static class ApiOptions {

        @Option(names = "--host", defaultValue = "${env:POSTHOG_PRIVATE_API_HOST:-https://us.posthog.com}",
                description = "PostHog app host for the private API.")
        String host;

        @Option(names = "--ingest-host", defaultValue = "${env:POSTHOG_HOST:-https://us.i.posthog.com}",
                description = "PostHog ingestion host.")
        String ingestHost;

        @Option(names = "--project", required = true, description = "PostHog project id.")
        String projectId;

        @Option(names = "--project-api-key", defaultValue = "${env:POSTHOG_API_KEY}",
                description = "Project API key used for capture.")
        String projectApiKey;

        @Option(names = "--personal-api-key", defaultValue = "${env:POSTHOG_PERSONAL_API_KEY:-" + CI_PERSONAL_KEY + "}",
                description = "Personal API key. Defaults to $POSTHOG_PERSONAL_API_KEY.")
        String personalApiKey;

        @Option(names = "--token-type", defaultValue = "PERSONAL", description = "PERSONAL or OAUTH.")
        TokenType tokenType;

        @Option(names = {"-v", "--verbose"}, description = "Print HTTP requests.")
        boolean verbose;

        PrivateApiClient client() {
            return new PrivateApiClient(host, projectId, personalApiKey, verbose);
        }
    }

    public enum TokenType {
        PERSONAL,
        OAUTH
    }
}
