package io.acme.flagctl;

import io.acme.posthog.admin.PostHogApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

import java.io.UncheckedIOException;

@Command(
        name = "flagctl",
        mixinStandardHelpOptions = true,
        version = "flagctl 0.7.2",
        description = "Inspect and change PostHog feature flags from the terminal.",
        subcommands = {
                ListFlagsCommand.class,
                ToggleFlagCommand.class,
                EvaluateCommand.class,
                DoctorCommand.class,
                LoginCommand.class,
                DashboardCommand.class,
                CommandLine.HelpCommand.class
        })
public final class FlagCtl implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(FlagCtl.class);

    static final int EX_USAGE = 64;
    static final int EX_UNAVAILABLE = 69;
    static final int EX_SOFTWARE = 70;
    static final int EX_IOERR = 74;
    static final int EX_TEMPFAIL = 75;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new FlagCtl())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(FlagCtl::handleFailure);
        System.exit(cli.execute(args));
    }

    static int handleFailure(Exception ex, CommandLine cmd, ParseResult parseResult) {
        return switch (ex) {
            case PostHogApiException api -> {
                log.error("PostHog request failed: {}", api.getMessage());
                yield api.isRetryable() ? EX_TEMPFAIL : EX_UNAVAILABLE;
            }
            case FilterLexer.SyntaxException syntax -> {
                cmd.getErr().println(cmd.getColorScheme().errorText("invalid --where: " + syntax.getMessage()));
                yield EX_USAGE;
            }
            case UncheckedIOException io -> {
                log.error("I/O failure in '{}': {}", cmd.getCommandName(), io.getMessage());
                yield EX_IOERR;
            }
            default -> {
                log.error("Unexpected failure in '{}'", cmd.getCommandName(), ex);
                yield EX_SOFTWARE;
            }
        };
    }
}
