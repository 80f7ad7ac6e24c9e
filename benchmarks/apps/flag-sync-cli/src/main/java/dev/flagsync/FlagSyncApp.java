package dev.flagsync;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import dev.flagsync.cli.EvaluateCommand;
import dev.flagsync.cli.LoginCommand;
import dev.flagsync.cli.PullCommand;
import dev.flagsync.cli.PushCommand;
import dev.flagsync.config.ConfigLoader;
import dev.flagsync.config.Credentials;
import dev.flagsync.errors.ConfigException;
import dev.flagsync.errors.FlagSyncException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "flagsync", mixinStandardHelpOptions = true, version = "flagsync 0.9.3",
        description = "Synchronise PostHog feature flags between projects and a local flags.json.",
        subcommands = {LoginCommand.class, PullCommand.class, PushCommand.class, EvaluateCommand.class})
public class FlagSyncApp {

    private static final Logger LOG = Logger.getLogger(FlagSyncApp.class.getName());

    @Option(names = "--personal-key", description = "PostHog personal API key (default: $POSTHOG_PERSONAL_API_KEY, then ~/.flagsync/config.properties)",
            defaultValue = "${env:POSTHOG_PERSONAL_API_KEY}")
    public String personalKey;

    @Option(names = "--host", defaultValue = Defaults.DEFAULT_HOST, description = "PostHog app host (default: ${DEFAULT-VALUE})")
    public String host;

    @Option(names = "--project", description = "PostHog project id (default: from config)")
    public String projectId;

    @Option(names = {"-v", "--verbose"}, description = "verbose logging to ~/.flagsync/flagsync-0.log")
    public boolean verbose;

    /**
     * Command-line values win over the config file written by {@code flagsync login}.
     */
    public Credentials credentials() throws ConfigException {
        Credentials stored = ConfigLoader.load(Defaults.CONFIG_FILE);
        String key = personalKey != null && !personalKey.isBlank() ? personalKey : stored.personalApiKey();
        String project = projectId != null ? projectId : stored.projectId();
        if (project == null) {
            throw new ConfigException("No project id: pass --project or run `flagsync login`");
        }
        Credentials resolved = new Credentials(host, project, stored.projectApiKey(), key);
        LOG.fine("Resolved credentials: " + resolved);
        return resolved;
    }

    static void configureLogging(boolean verbose) throws IOException {
        Files.createDirectories(Defaults.CONFIG_DIR);
        FileHandler file = new FileHandler(Defaults.CONFIG_DIR.resolve("flagsync-%g.log").toString(), 5_000_000, 3, true);
        file.setFormatter(new SimpleFormatter());
        file.setLevel(Level.ALL);
        Logger root = Logger.getLogger("dev.flagsync");
        root.setUseParentHandlers(false);
        root.addHandler(file);
        root.setLevel(verbose ? Level.FINEST : Level.INFO);
    }

    public static void main(String[] args) throws IOException {
        List<String> argList = List.of(args);
        configureLogging(argList.contains("-v") || argList.contains("--verbose"));

        CommandLine cmd = new CommandLine(new FlagSyncApp());
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            LOG.log(Level.SEVERE, "flagsync failed", ex);
            commandLine.getErr().println(commandLine.getColorScheme().errorText("flagsync failed; details in ~/.flagsync/flagsync-0.log"));
            return ex instanceof FlagSyncException fse ? fse.exitCode() : 1;
        });
        System.exit(cmd.execute(args));
    }
}
