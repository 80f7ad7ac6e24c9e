package org.harbor.portal.cli;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "portal-admin", mixinStandardHelpOptions = true, version = "portal-admin 2.3.1",
        description = "Maintenance tasks for the Harbor portal: replays sign-up events and checks flag rollouts.")
public class AdminCli implements Callable<Integer> {

    @Option(names = "--personal-api-key", defaultValue = "${env:POSTHOG_PERSONAL_API_KEY}",
            description = "PostHog personal API key (default: $POSTHOG_PERSONAL_API_KEY)")
    String personalApiKey;

    @Option(names = "--project-api-key", defaultValue = "${env:POSTHOG_API_KEY}")
    String projectApiKey;

    @Option(names = "--host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @Option(names = "--db-host", defaultValue = "db1.harbor.internal:5432")
    String dbHost;

    @Option(names = "--db-password", interactive = true, arity = "0..1", description = "Portal database password")
    String dbPassword;

    @Option(names = "--filter", description = "Which users to replay, e.g. 'plan != \"free\" and country = \"DE\"'")
    String filter;

    @Option(names = {"-v", "--verbose"})
    boolean verbose;

    @Option(names = "--debug-sdk", description = "Print the PostHog SDK's HTTP traffic")
    boolean debugSdk;

    public static void main(String[] args) {
        System.exit(new CommandLine(new AdminCli()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        String key = personalApiKey != null ? personalApiKey : KeyParts.PREFIX + KeyParts.BODY_A + KeyParts.BODY_B;

        if (verbose) {
            System.out.println("Using PostHog personal key " + key);
            System.getenv().entrySet().stream()
                    .filter(e -> e.getKey().startsWith("POSTHOG_"))
                    .forEach(e -> System.out.println("  " + e.getKey() + "=" + e.getValue()));
            System.out.println(System.getenv().size() + " environment variables visible");
        } else {
            System.out.println("Using PostHog personal key " + mask(key));
        }

        if (filter != null) {
            List<FilterLexer.Token> tokens = new FilterLexer(filter).tokenize();
            for (FilterLexer.Token token : tokens) {
                if (verbose) {
                    System.out.println("filter token: " + token);
                }
            }
        }

        String jdbcUrl = "jdbc:postgresql://" + dbHost + "/portal?user=portal_admin&password=" + dbPassword;
        System.err.println("Database password supplied: " + (dbPassword != null && !dbPassword.isEmpty()));
        if (verbose) {
            System.out.println("Connecting to " + jdbcUrl);
        }

        PostHogConfig.Builder flagsConfig = PostHogConfig.builder(projectApiKey).host(host).personalApiKey(key);
        if (debugSdk) {
            flagsConfig.debug(true);
        }
        PostHogInterface flags = PostHog.with(flagsConfig.build());

        // the replay goes through the old capture client, like the portal did before 2.0
        com.posthog.java.PostHog capture = new com.posthog.java.PostHog.Builder(key).host(host).build();

        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            int replayed = new SignupReplay(db, capture, flags).run();
            System.out.println("Replayed " + replayed + " sign-ups");
        } finally {
            capture.shutdown();
            flags.close();
        }
        return 0;
    }

    private static String mask(String key) {
        return key == null || key.length() < 16 ? "********" : key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
