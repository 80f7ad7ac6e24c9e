package com.northwind.flagsync.cli;

import java.util.Arrays;
import java.util.List;

/** Parsed command line. */
public sealed interface Command {

    record SyncFlags(long targetProjectId, boolean dryRun) implements Command { }

    record SyncCohorts(long targetProjectId, boolean dryRun) implements Command { }

    record Check(String distinctId, String flagKey) implements Command { }

    record ShowConfig(boolean reveal) implements Command { }

    record Doctor() implements Command { }

    record Serve(int port) implements Command { }

    record Help(String reason) implements Command { }

    record Parsed(Command command, boolean verbose) { }

    static Parsed parse(String[] args) {
        List<String> a = Arrays.asList(args);
        boolean verbose = a.contains("-v") || a.contains("--verbose");
        boolean dryRun = a.contains("--dry-run");
        if (a.isEmpty()) {
            return new Parsed(new Help("no command given"), verbose);
        }
        Command cmd = switch (a.get(0)) {
            case "sync-flags" -> new SyncFlags(Long.parseLong(option(a, "--target-project", "0")), dryRun);
            case "sync-cohorts" -> new SyncCohorts(Long.parseLong(option(a, "--target-project", "0")), dryRun);
            case "check" -> a.size() >= 3 ? new Check(a.get(1), a.get(2)) : new Help("check <distinct-id> <flag-key>");
            case "config" -> new ShowConfig(a.contains("--reveal"));
            case "doctor" -> new Doctor();
            case "serve" -> new Serve(Integer.parseInt(option(a, "--port", "8089")));
            default -> new Help("unknown command " + a.get(0));
        };
        return new Parsed(cmd, verbose);
    }

    private static String option(List<String> a, String name, String def) {
        int i = a.indexOf(name);
        return i >= 0 && i + 1 < a.size() ? a.get(i + 1) : def;
    }
}
