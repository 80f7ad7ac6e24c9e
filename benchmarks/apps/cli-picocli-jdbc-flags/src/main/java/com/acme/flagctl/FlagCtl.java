package com.acme.flagctl;

import com.acme.flagctl.cli.ConfigCommand;
import com.acme.flagctl.cli.EvalCommand;
import com.acme.flagctl.cli.LoggingExceptionHandler;
import com.acme.flagctl.cli.LoginCommand;
import com.acme.flagctl.cli.ServeCommand;
import com.acme.flagctl.cli.SyncCommand;
import com.acme.flagctl.config.CliConfig;
import com.acme.flagctl.config.Defaults;
import com.acme.flagctl.db.FlagRepository;
import com.acme.flagctl.filter.FilterLexer;
import com.acme.flagctl.filter.FilterLexer.Token;
import com.acme.flagctl.filter.FilterLexer.TokenType;
import com.acme.flagctl.flags.FlagDefinition;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

@Command(name = "flagctl",
        mixinStandardHelpOptions = true,
        version = "flagctl 1.4.2",
        description = "Sync, inspect and evaluate PostHog feature flags from the terminal.",
        subcommands = {
                LoginCommand.class,
                SyncCommand.class,
                EvalCommand.class,
                ConfigCommand.class,
                ServeCommand.class,
                HelpCommand.class
        })
public class FlagCtl implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Verbose logging (repeat for more).", scope = CommandLine.ScopeType.INHERIT)
    boolean[] verbosity = new boolean[0];

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: ~/.flagctl/config.properties).")
    Path configFile;

    private CliConfig config;
    private ObjectMapper mapper;

    public CliConfig config() {
        if (config == null) {
            config = configFile != null ? CliConfig.load(configFile) : CliConfig.load();
        }
        return config;
    }

    public ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT);
        }
        return mapper;
    }

    public FlagRepository openCache() throws SQLException {
        return new FlagRepository(Defaults.cacheDatabase(), mapper());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", description = "List flags from the local cache.")
    int list(@Option(names = "--where", description = "Filter, e.g. 'active and key ~ \"checkout\"'.") String where,
             @Option(names = "--json", description = "Print JSON instead of a table.") boolean json)
            throws SQLException, IOException {
        applyVerbosity();
        try (FlagRepository cache = openCache()) {
            Predicate<FlagDefinition> filter = compile(new FilterLexer(where).tokenize());
            List<FlagDefinition> flags = cache.findAll(false).stream().filter(filter).toList();
            if (json) {
                spec.commandLine().getOut().println(mapper().writeValueAsString(flags));
            } else {
                for (FlagDefinition flag : flags) {
                    spec.commandLine().getOut().printf("%-40s %-6s %3d%%%n",
                            flag.key(), flag.active() ? "on" : "off", flag.effectiveRollout());
                }
            }
            return flags.isEmpty() ? 1 : 0;
        }
    }

    /** Supports conjunctions of {@code active}, {@code key ~ "text"} and {@code rollout < n | > n}. */
    private static Predicate<FlagDefinition> compile(List<Token> tokens) {
        Predicate<FlagDefinition> result = f -> true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.type() == TokenType.IDENT && t.text().equals("active")) {
                result = result.and(FlagDefinition::active);
            } else if (t.type() == TokenType.IDENT && t.text().equals("key")
                    && tokens.get(i + 1).type() == TokenType.MATCH) {
                String needle = tokens.get(i + 2).text();
                result = result.and(f -> f.key().contains(needle));
                i += 2;
            } else if (t.type() == TokenType.IDENT && t.text().equals("rollout")) {
                TokenType op = tokens.get(i + 1).type();
                int n = Integer.parseInt(tokens.get(i + 2).text());
                result = result.and(op == TokenType.LT ? f -> f.effectiveRollout() < n : f -> f.effectiveRollout() > n);
                i += 2;
            } else if (t.type() != TokenType.AND && t.type() != TokenType.EOF) {
                throw new CommandLine.ParameterException(new CommandLine(new FlagCtl()),
                        "Unsupported filter at position " + t.position() + ": " + t.text());
            }
        }
        return result;
    }

    public void applyVerbosity() {
        Level level = switch (verbosity.length) {
            case 0 -> Level.WARNING;
            case 1 -> Level.INFO;
            case 2 -> Level.CONFIG;
            default -> Level.FINE;
        };
        Logger.getLogger("com.acme.flagctl").setLevel(level);
    }

    private static void configureLogging() {
        try (InputStream in = FlagCtl.class.getResourceAsStream("/logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
            Files.createDirectories(Defaults.configDir());
            FileHandler file = new FileHandler(Defaults.configDir().resolve("flagctl.log").toString(), 5_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.ALL);
            Logger.getLogger("com.acme.flagctl").addHandler(file);
        } catch (IOException e) {
            System.err.println("flagctl: logging disabled (" + e.getMessage() + ")");
        }
    }

    public static void main(String[] args) {
        configureLogging();
        int exit = new CommandLine(new FlagCtl())
                .setExecutionExceptionHandler(new LoggingExceptionHandler())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
        System.exit(exit);
    }
}
