package com.acme.flagctl.cmd;

import com.acme.flagctl.FlagCtl;
import com.acme.flagctl.http.HttpClientFactory;
import com.acme.flagctl.http.PostHogApiClient;
import com.acme.flagctl.http.dto.FeatureFlag;
import com.acme.flagctl.support.FilterLexer;
import com.acme.flagctl.support.FilterLexer.Kind;
import com.acme.flagctl.support.FilterLexer.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

@Command(name = "flags", description = "List the feature flags of the project.")
public class FlagsListCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(FlagsListCommand.class);

    @ParentCommand
    FlagCtl root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-w", "--where"}, description = "Filter, e.g. \"active and rollout >= 50\".")
    String where;

    @Option(names = "--json", description = "Print the raw flag objects as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var settings = root.settings();
        var api = new PostHogApiClient(HttpClientFactory.create(settings), root.mapper(), settings);
        Predicate<FeatureFlag> filter = flag -> true;
        if (where != null) {
            List<Token> tokens = FilterLexer.tokenize(where);
            log.trace("Parsed --where into tokens {}", tokens);
            filter = compile(tokens);
        }

        List<FeatureFlag> flags = api.listFlags().stream().filter(filter).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(root.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(flags));
            return 0;
        }
        out.printf("%-6s %-40s %-8s %s%n", "ID", "KEY", "ACTIVE", "ROLLOUT");
        for (FeatureFlag f : flags) {
            out.printf("%-6d %-40s %-8s %s%n", f.id(), f.key(), f.active() ? "yes" : "no",
                    f.rolloutPercentage() == null ? "-" : f.rolloutPercentage() + "%");
        }
        log.debug("{} of the project's flags matched", flags.size());
        return 0;
    }

    /** Supports `active`, `not active`, `rollout <op> N` and `key = 'x'`, joined with `and`. */
    private static Predicate<FeatureFlag> compile(List<Token> tokens) {
        Predicate<FeatureFlag> result = f -> true;
        int i = 0;
        while (i < tokens.size()) {
            boolean negate = false;
            if (tokens.get(i).kind() == Kind.NOT) {
                negate = true;
                i++;
            }
            Token ident = tokens.get(i++);
            Predicate<FeatureFlag> term;
            if (ident.text().equals("active")) {
                term = FeatureFlag::active;
            } else {
                String op = tokens.get(i++).text();
                Token value = tokens.get(i++);
                term = switch (ident.text()) {
                    case "rollout" -> f -> compare(f.rolloutPercentage() == null ? 100 : f.rolloutPercentage(), op, Integer.parseInt(value.text()));
                    case "key" -> f -> f.key().equals(value.text());
                    default -> throw new IllegalArgumentException("Unknown field '" + ident.text() + "' at " + ident.position());
                };
            }
            result = result.and(negate ? term.negate() : term);
            if (i < tokens.size() && tokens.get(i).kind() == Kind.AND) {
                i++;
            }
        }
        return result;
    }

    private static boolean compare(int left, String op, int right) {
        return switch (op) {
            case ">" -> left > right;
            case ">=" -> left >= right;
            case "<" -> left < right;
            case "<=" -> left <= right;
            case "!=" -> left != right;
            default -> left == right;
        };
    }
}
