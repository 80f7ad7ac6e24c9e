package com.acme.flagctl;

import com.acme.flagctl.auth.LoginCommand;
import com.acme.flagctl.cmd.ConfigShowCommand;
import com.acme.flagctl.cmd.EvaluateCommand;
import com.acme.flagctl.cmd.FlagsListCommand;
import com.acme.flagctl.cmd.PreviewCommand;
import com.acme.flagctl.cmd.SyncCommand;
import com.acme.flagctl.config.FlagCtlSettings;
import com.acme.flagctl.config.SettingsLoader;
import com.acme.flagctl.http.ApiException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;

@Command(name = "flagctl",
        mixinStandardHelpOptions = true,
        version = "flagctl 1.4.2",
        description = "Inspect, evaluate and sync PostHog feature flags from the terminal.",
        subcommands = {
                FlagsListCommand.class,
                EvaluateCommand.class,
                SyncCommand.class,
                ConfigShowCommand.class,
                PreviewCommand.class,
                LoginCommand.class,
                CommandLine.HelpCommand.class
        })
public class FlagCtl {

    private static final Logger log = LoggerFactory.getLogger(FlagCtl.class);

    @Option(names = {"-p", "--profile"}, description = "Config profile (prefix in ~/.flagctl/config.properties).")
    String profile;

    @Option(names = "--demo", description = "Use the public flagctl-demo project.")
    boolean demo;

    @Option(names = {"-v", "--verbose"}, description = "Verbose output.")
    boolean verbose;

    private final SettingsLoader loader = new SettingsLoader();
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private FlagCtlSettings settings;

    public FlagCtlSettings settings() {
        if (settings == null) {
            try {
                settings = loader.load(profile, demo);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read ~/.flagctl configuration", e);
            }
            log.debug("Loaded settings: {}", settings);
        }
        return settings;
    }

    public SettingsLoader loader() {
        return loader;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public boolean verbose() {
        return verbose;
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new FlagCtl());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ApiException api) {
                log.error("PostHog API call failed (HTTP {})", api.status(), api);
                commandLine.getErr().println(commandLine.getColorScheme().errorText("PostHog API error " + api.status()));
                return 3;
            }
            log.error("flagctl failed", ex);
            return 1;
        });
        System.exit(cli.execute(args));
    }
}
