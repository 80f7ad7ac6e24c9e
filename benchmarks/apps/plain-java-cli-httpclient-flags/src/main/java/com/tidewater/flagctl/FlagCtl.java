package com.tidewater.flagctl;

import com.tidewater.flagctl.api.ApiException;
import com.tidewater.flagctl.cli.ConfigShowCommand;
import com.tidewater.flagctl.cli.EvaluateCommand;
import com.tidewater.flagctl.cli.ListFlagsCommand;
import com.tidewater.flagctl.cli.LoginCommand;
import com.tidewater.flagctl.cli.PreviewCommand;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

@Command(
        name = "flagctl",
        mixinStandardHelpOptions = true,
        version = "flagctl 1.4.2",
        description = "Inspect and evaluate PostHog feature flags from the terminal.",
        subcommands = {
            ListFlagsCommand.class,
            EvaluateCommand.class,
            LoginCommand.class,
            ConfigShowCommand.class,
            PreviewCommand.class
        })
public class FlagCtl implements Runnable {

    private static final Logger LOG = Logger.getLogger(FlagCtl.class.getName());

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        configureLogging();
        CommandLine cmd = new CommandLine(new FlagCtl());
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        System.exit(cmd.execute(args));
    }

    private static void configureLogging() {
        try (InputStream in = FlagCtl.class.getResourceAsStream("/logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            System.err.println("flagctl: could not read logging.properties: " + e.getMessage());
        }
    }

    static final class ErrorHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
            if (ex instanceof ApiException api) {
                LOG.severe("PostHog API call failed: " + api.getMessage());
                cl.getErr().println("error: PostHog answered HTTP " + api.statusCode()
                        + " (run with --verbose for details)");
                return 3;
            }
            LOG.log(Level.SEVERE, "Unexpected failure in " + cl.getCommandName(), ex);
            cl.getErr().println("error: " + ex.getClass().getSimpleName());
            return 1;
        }
    }
}
