package dev.flagtool.cli;

import com.beust.jcommander.JCommander;
import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import dev.flagtool.cli.command.CaptureCommand;
import dev.flagtool.cli.command.EvaluateCommand;
import dev.flagtool.cli.command.ListFlagsCommand;
import dev.flagtool.cli.command.LoginCommand;
import dev.flagtool.cli.command.PreviewCommand;
import dev.flagtool.cli.command.SnippetCommand;
import dev.flagtool.cli.config.ConfigDefaults;
import dev.flagtool.cli.config.ToolConfig;
import dev.flagtool.cli.http.ApiException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

public class FlagToolMain {

    private static final Logger LOG = Logger.getLogger(FlagToolMain.class.getName());

    public interface Command {
        int run(ToolConfig config, boolean verbose) throws Exception;
    }

    @Parameter(names = {"-v", "--verbose"}, description = "Verbose output")
    private boolean verbose;

    @Parameter(names = "--config", description = "Path to config.properties (default ~/.flagtool/config.properties)")
    private String configPath;

    @Parameter(names = {"-h", "--help"}, help = true, description = "Show usage")
    private boolean help;

    public static void main(String[] args) {
        System.exit(new FlagToolMain().execute(args));
    }

    int execute(String[] args) {
        JCommander jc = JCommander.newBuilder()
                .programName("flagtool")
                .addObject(this)
                .addCommand(new ListFlagsCommand())
                .addCommand(new EvaluateCommand())
                .addCommand(new CaptureCommand())
                .addCommand(new LoginCommand())
                .addCommand(new PreviewCommand())
                .addCommand(new SnippetCommand())
                .build();
        try {
            jc.parse(args);
        } catch (ParameterException e) {
            System.err.println(e.getMessage());
            jc.usage();
            return 2;
        }
        String parsed = jc.getParsedCommand();
        if (help || parsed == null) {
            jc.usage();
            return 0;
        }

        configureLogging(verbose);
        UUID sessionId = UUID.randomUUID();
        LOG.fine("flagtool session " + sessionId + " command=" + parsed);

        Command command = (Command) jc.getCommands().get(parsed).getObjects().get(0);
        try {
            Path file = configPath != null ? Path.of(configPath) : ConfigDefaults.userConfigFile();
            ToolConfig config = ToolConfig.load(file);
            return command.run(config, verbose);
        } catch (ApiException e) {
            LOG.log(Level.SEVERE, "Command '" + parsed + "' failed: " + e.getMessage(), e);
            return e.isUnauthorized() ? 3 : 1;
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Command '" + parsed + "' failed unexpectedly", e);
            return 1;
        }
    }

    private static void configureLogging(boolean verbose) {
        try (InputStream in = FlagToolMain.class.getResourceAsStream("/logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            System.err.println("Could not read logging.properties: " + e.getMessage());
        }
        String envLevel = System.getenv("FLAGTOOL_LOG_LEVEL");
        Level level = verbose ? Level.FINE : Level.INFO;
        if (envLevel != null && !envLevel.isBlank()) {
            level = Level.parse(envLevel.trim());
        }
        Logger.getLogger("dev.flagtool").setLevel(level);
    }
}
