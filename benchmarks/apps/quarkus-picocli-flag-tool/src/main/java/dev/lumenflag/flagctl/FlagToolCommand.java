package dev.lumenflag.flagctl;

import com.posthog.java.PostHog;
import dev.lumenflag.flagctl.client.PostHogApiException;
import dev.lumenflag.flagctl.command.DoctorCommand;
import dev.lumenflag.flagctl.command.EvaluateCommand;
import dev.lumenflag.flagctl.command.ExportCommand;
import dev.lumenflag.flagctl.command.ListFlagsCommand;
import dev.lumenflag.flagctl.command.LoginCommand;
import dev.lumenflag.flagctl.config.FlagToolDefaults;
import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import io.quarkus.picocli.runtime.annotations.TopCommand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

import java.util.Map;

@TopCommand
@Command(name = "flagctl",
        mixinStandardHelpOptions = true,
        version = "flagctl " + FlagToolDefaults.VERSION,
        description = "Inspect and manage PostHog feature flags from the terminal.",
        subcommands = {
                ListFlagsCommand.class,
                EvaluateCommand.class,
                DoctorCommand.class,
                ExportCommand.class,
                LoginCommand.class
        })
public class FlagToolCommand {

    @Option(names = "--no-telemetry", scope = CommandLine.ScopeType.INHERIT,
            description = "Do not send anonymous usage events.")
    boolean noTelemetry;

    @ApplicationScoped
    static class CommandLineConfiguration {

        private static final Logger LOG = Logger.getLogger(FlagToolCommand.class);

        @Produces
        CommandLine commandLine(PicocliCommandLineFactory factory) {
            return factory.create()
                    .setExecutionStrategy(this::executeWithTelemetry)
                    .setExecutionExceptionHandler(this::handleFailure);
        }

        int executeWithTelemetry(ParseResult parseResult) {
            boolean disabled = parseResult.hasMatchedOption("--no-telemetry")
                    || System.getenv("FLAGCTL_NO_TELEMETRY") != null;
            if (!disabled) {
                String command = parseResult.hasSubcommand()
                        ? parseResult.subcommand().commandSpec().name()
                        : "flagctl";
                try {
                    PostHog telemetry = new PostHog.Builder(FlagToolDefaults.TELEMETRY_PROJECT_KEY)
                            .host(FlagToolDefaults.TELEMETRY_HOST)
                            .build();
                    telemetry.capture(installationId(), "cli_command_run",
                            Map.<String, Object>of("command", command, "version", FlagToolDefaults.VERSION));
                    telemetry.shutdown();
                } catch (RuntimeException e) {
                    LOG.debug("Telemetry could not be sent", e);
                }
            }
            return new CommandLine.RunLast().execute(parseResult);
        }

        int handleFailure(Exception ex, CommandLine cmd, ParseResult parseResult) {
            if (ex instanceof PostHogApiException api) {
                LOG.error(api.getMessage(), api);
                cmd.getErr().println(cmd.getColorScheme().errorText("PostHog API error (HTTP " + api.status() + ")"));
                return api.isAuthFailure() ? 3 : 2;
            }
            LOG.error("Command failed", ex);
            cmd.getErr().println(cmd.getColorScheme().errorText(ex.getClass().getSimpleName()));
            return 1;
        }

        private static String installationId() {
            return "cli-" + Integer.toHexString(System.getProperty("user.name", "anonymous").hashCode());
        }
    }
}
