package com.acme.flags.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

@Command(name = "phflags",
        mixinStandardHelpOptions = true,
        version = "phflags 0.4.0",
        description = "Inspect and evaluate PostHog feature flags from the terminal.",
        subcommands = {
                ListFlagsCommand.class,
                EvaluateCommand.class,
                WhoAmICommand.class,
                PreviewCommand.class,
                CommandLine.HelpCommand.class
        })
public class FlagsCli implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    public static void main(String[] args) {
        CommandLine cmd = new CommandLine(new FlagsCli())
                .setExecutionExceptionHandler(new ShortErrorHandler());
        System.exit(cmd.execute(args));
    }

    /** Prints one line instead of a stack trace. */
    static final class ShortErrorHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
            commandLine.getErr().println(commandLine.getColorScheme().errorText(ex.getClass().getSimpleName()
                    + ": run with -Dorg.slf4j.simpleLogger.defaultLogLevel=debug for details"));
            return commandLine.getCommandSpec().exitCodeOnExecutionException();
        }
    }
}
