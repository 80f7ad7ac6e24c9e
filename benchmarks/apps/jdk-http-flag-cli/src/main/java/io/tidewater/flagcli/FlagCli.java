package io.tidewater.flagcli;

import io.tidewater.flagcli.command.DoctorCommand;
import io.tidewater.flagcli.command.ExportBootstrapCommand;
import io.tidewater.flagcli.command.FlagsCommand;
import io.tidewater.flagcli.config.CliSettings;
import io.tidewater.flagcli.config.SettingsLoader;
import io.tidewater.flagcli.http.PostHogApiException;
import io.tidewater.flagcli.preview.PreviewServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

public final class FlagCli {

    private static final Logger LOG = Logger.getLogger(FlagCli.class.getName());

    private static final String USAGE = """
            usage: flagcli [--verbose] <command> [args]

            commands:
              doctor [--probe-sdk]                 check settings and connectivity
              flags list                           list the project's feature flags
              flags eval <distinct-id> <flag>...   evaluate flags for one user
              flags override <distinct-id> <flag> <variant>
              export [--out DIR] [--distinct-id ID]
              preview                              serve a local preview page

            settings: ~/.flagcli.properties, overridden by
              POSTHOG_HOST, POSTHOG_PROJECT_ID, POSTHOG_API_KEY,
              POSTHOG_PERSONAL_API_KEY, POSTHOG_FEATURE_FLAGS_SECURE_API_KEY
            """;

    private FlagCli() {
    }

    public static void main(String[] args) {
        List<String> argList = new ArrayList<>(Arrays.asList(args));
        boolean verbose = argList.remove("--verbose") | argList.remove("-v");
        configureLogging(verbose);

        if (argList.isEmpty() || argList.contains("--help")) {
            System.out.print(USAGE);
            System.exit(argList.isEmpty() ? 64 : 0);
        }

        int exitCode;
        try {
            CliSettings settings = new SettingsLoader().load();
            exitCode = dispatch(settings, argList, System.out);
        } catch (PostHogApiException e) {
            LOG.log(Level.SEVERE, "PostHog API call failed: " + e.getMessage(), e);
            System.err.println("error: PostHog API returned HTTP " + e.statusCode()
                    + (e.isUnauthorized() ? "; run 'flagcli doctor' to check your keys" : ""));
            exitCode = 3;
        } catch (IOException e) {
            LOG.log(Level.FINE, "I/O failure", e);
            System.err.println("error: " + e.getMessage());
            exitCode = 74;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exitCode = 130;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(USAGE);
            exitCode = 64;
        }
        System.exit(exitCode);
    }

    private static int dispatch(CliSettings settings, List<String> args, PrintStream out)
            throws IOException, InterruptedException {
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (command) {
            case "doctor":
                return new DoctorCommand(settings, out).run(rest.contains("--probe-sdk"));
            case "flags":
                return flags(new FlagsCommand(settings, out), rest);
            case "export":
                return new ExportBootstrapCommand(settings, out)
                        .run(option(rest, "--distinct-id", "anonymous"), pathOption(rest, "--out"));
            case "preview":
                return preview(settings);
            default:
                throw new IllegalArgumentException("unknown command '" + command + "'");
        }
    }

    private static int flags(FlagsCommand cmd, List<String> args) throws IOException, InterruptedException {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("flags needs a sub-command");
        }
        switch (args.get(0)) {
            case "list":
                return cmd.list();
            case "eval":
                if (args.size() < 3) {
                    throw new IllegalArgumentException("flags eval <distinct-id> <flag>...");
                }
                return cmd.evaluate(args.get(1), args.subList(2, args.size()).toArray(String[]::new));
            case "override":
                if (args.size() != 4) {
                    throw new IllegalArgumentException("flags override <distinct-id> <flag> <variant>");
                }
                return cmd.recordOverride(args.get(1), args.get(2), args.get(3));
            default:
                throw new IllegalArgumentException("unknown flags sub-command '" + args.get(0) + "'");
        }
    }

    private static int preview(CliSettings settings) throws IOException, InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        try (PreviewServer server = new PreviewServer(settings)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "flagcli-preview-stop"));
            server.start();
            stop.await();
        }
        return 0;
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    private static Path pathOption(List<String> args, String name) {
        String value = option(args, name, null);
        return value == null ? null : Path.of(value);
    }

    private static void configureLogging(boolean verbose) {
        Path logDir = Path.of(System.getProperty("user.home"), ".flagcli", "logs");
        try (InputStream in = FlagCli.class.getResourceAsStream("/logging.properties")) {
            Files.createDirectories(logDir);
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            System.err.println("warning: cannot configure logging: " + e.getMessage());
        }
        if (verbose) {
            Logger root = Logger.getLogger("");
            root.setLevel(Level.FINEST);
            for (Handler handler : root.getHandlers()) {
                handler.setLevel(Level.FINEST);
            }
        }
    }
}
