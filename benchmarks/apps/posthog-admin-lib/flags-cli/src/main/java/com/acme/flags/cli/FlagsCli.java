package com.acme.flags.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.acme.flags.cli.commands.DiagnoseCommand;
import com.acme.flags.cli.commands.FlagsCommand;
import com.acme.flags.cli.commands.PreviewCommand;
import com.acme.posthog.admin.PostHogAdminClient;
import com.acme.posthog.admin.error.PostHogApiException;
import com.acme.posthog.admin.error.PostHogAuthException;
import com.acme.posthog.admin.http.RetryPolicy;

/**
 * Entry point.
 *
 * <pre>
 * flags-cli [--verbose] [--sandbox] [-Dposthog.host=...] list [--filter EXPR]
 * flags-cli toggle FLAG_ID on|off [--dry-run]
 * flags-cli export-link
 * flags-cli diagnose
 * flags-cli preview
 * </pre>
 */
public final class FlagsCli {

    private static final Logger LOG = Logger.getLogger(FlagsCli.class.getName());

    public static void main(String[] argv) {
        System.exit(new FlagsCli().run(List.of(argv)));
    }

    int run(List<String> argv) {
        Deque<String> args = new ArrayDeque<>(argv);
        boolean verbose = false;
        boolean sandbox = false;
        Map<String, String> overrides = new HashMap<>();
        while (!args.isEmpty() && args.peek().startsWith("-")) {
            String opt = args.pop();
            if (opt.equals("--verbose") || opt.equals("-v")) {
                verbose = true;
            } else if (opt.equals("--sandbox")) {
                sandbox = true;
            } else if (opt.startsWith("-D") && opt.contains("=")) {
                String[] kv = opt.substring(2).split("=", 2);
                overrides.put(kv[0], kv[1]);
            } else {
                System.err.println("unknown option " + opt);
                return 2;
            }
        }
        if (args.isEmpty()) {
            printUsage();
            return 2;
        }
        configureLogging(verbose);

        CliSettings settings = SettingsLoader.fromSystem().load(overrides, verbose, sandbox);
        LOG.config("Effective settings: " + settings);

        if (!settings.hasPersonalApiKey()) {
            System.err.println("No personal API key found. Export " + CliDefaults.ENV_PERSONAL_API_KEY
                    + " or set " + CliDefaults.PROP_PERSONAL_API_KEY + " in ~/.config/flags-cli/flags-cli.properties");
            return 3;
        }

        String command = args.pop();
        try (PostHogAdminClient client = PostHogAdminClient.builder()
                .host(settings.host())
                .projectId(settings.projectId())
                .personalApiKey(settings.personalApiKey())
                .projectApiKey(settings.projectApiKey())
                .logHttp(verbose)
                .retryPolicy(command.equals("toggle") ? RetryPolicy.none() : RetryPolicy.defaults())
                .build()) {
            return switch (command) {
                case "list", "toggle", "export-link" -> new FlagsCommand(client, settings).run(command, args);
                case "diagnose" -> new DiagnoseCommand(client, settings).run();
                case "preview" -> new PreviewCommand(client, settings).run();
                default -> {
                    printUsage();
                    yield 2;
                }
            };
        } catch (PostHogAuthException e) {
            System.err.println("PostHog rejected the credentials (HTTP " + e.statusCode() + ")."
                    + (e.requiredScope() != null ? " The key needs the scope " + e.requiredScope() + "." : ""));
            return 4;
        } catch (PostHogApiException e) {
            System.err.println("PostHog request failed: HTTP " + e.statusCode() + " on " + e.requestPath());
            LOG.log(Level.FINE, "PostHog failure", e.getCause());
            return 1;
        } catch (IllegalStateException e) {
            System.err.println("Configuration incomplete; run `flags-cli diagnose` for details.");
            return 3;
        }
    }

    private static void configureLogging(boolean verbose) {
        Logger root = Logger.getLogger("");
        Level level = verbose ? Level.FINEST : Level.WARNING;
        root.setLevel(level);
        for (var handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(level);
        root.addHandler(console);
    }

    private static void printUsage() {
        System.out.println("usage: flags-cli [--verbose] [--sandbox] <list|toggle|export-link|diagnose|preview> ...");
    }
}
