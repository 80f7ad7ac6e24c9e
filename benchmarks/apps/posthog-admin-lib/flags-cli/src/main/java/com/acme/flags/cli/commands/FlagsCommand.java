package com.acme.flags.cli.commands;

import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.logging.Logger;

import com.acme.flags.cli.CliSettings;
import com.acme.flags.cli.filter.FilterLexer;
import com.acme.posthog.admin.PostHogAdminClient;
import com.acme.posthog.admin.audit.FlagAuditPublisher;
import com.acme.posthog.admin.http.CurlFormatter;
import com.acme.posthog.admin.model.FeatureFlag;
import okhttp3.Request;

/**
 * {@code list}, {@code toggle} and {@code export-link}.
 */
public final class FlagsCommand {

    private static final Logger LOG = Logger.getLogger(FlagsCommand.class.getName());

    private final PostHogAdminClient client;
    private final CliSettings settings;

    public FlagsCommand(PostHogAdminClient client, CliSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public int run(String command, Deque<String> args) {
        return switch (command) {
            case "list" -> list(args);
            case "toggle" -> toggle(args);
            case "export-link" -> exportLink();
            default -> throw new IllegalArgumentException(command);
        };
    }

    private int list(Deque<String> args) {
        Predicate<FeatureFlag> filter = f -> !f.deleted();
        if ("--filter".equals(args.peek())) {
            args.pop();
            filter = filter.and(compile(args.pop()));
        }
        List<FeatureFlag> flags = client.listFlags().stream().filter(filter).toList();
        System.out.printf("%-8s %-40s %-7s %s%n", "ID", "KEY", "ACTIVE", "ROLLOUT");
        for (FeatureFlag flag : flags) {
            System.out.printf("%-8d %-40s %-7s %s%n", flag.id(), flag.key(), flag.active() ? "yes" : "no",
                    flag.rolloutPercentage() == null ? "-" : flag.rolloutPercentage() + "%");
        }
        System.out.println(flags.size() + " flag(s) in project " + settings.projectId());
        return 0;
    }

    private int toggle(Deque<String> args) {
        if (args.size() < 2) {
            System.err.println("usage: flags-cli toggle FLAG_ID on|off [--dry-run]");
            return 2;
        }
        long flagId = Long.parseLong(args.pop());
        boolean active = args.pop().equalsIgnoreCase("on");
        boolean dryRun = args.contains("--dry-run");

        if (dryRun) {
            Request request = client.prepareSetActive(flagId, active);
            System.out.println("# dry run, the following request would be sent:");
            System.out.println(CurlFormatter.format(request));
            return 0;
        }

        FeatureFlag before = client.getFlag(flagId);
        FeatureFlag after = client.setActive(flagId, active);
        try (FlagAuditPublisher audit = new FlagAuditPublisher(client.config(), System.getProperty("user.name"))) {
            audit.flagToggled(after, before.active());
        }
        System.out.println(after.key() + ": " + (before.active() ? "on" : "off") + " -> " + (after.active() ? "on" : "off"));
        return 0;
    }

    private int exportLink() {
        System.out.println("CSV export (valid as long as the key is):");
        System.out.println(client.flagsExportUrl());
        return 0;
    }

    private static Predicate<FeatureFlag> compile(String expression) {
        List<FilterLexer.Token> tokens = new FilterLexer(expression).tokenize();
        for (FilterLexer.Token token : tokens) {
            LOG.finest(() -> "filter token " + token);
        }
        // Only "key ~ STRING" and "active" are supported for now.
        if (tokens.size() >= 3 && tokens.get(0).text().equals("key") && tokens.get(1).kind() == FilterLexer.Kind.MATCH) {
            String needle = tokens.get(2).text().toLowerCase(Locale.ROOT);
            return f -> f.key().toLowerCase(Locale.ROOT).contains(needle);
        }
        if (!tokens.isEmpty() && tokens.get(0).text().equals("active")) {
            return FeatureFlag::active;
        }
        throw new IllegalArgumentException("unsupported filter: " + expression);
    }
}
