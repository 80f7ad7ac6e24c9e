package dev.flagshell.shell;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

public sealed interface Command {

    enum TokenKind { PERSONAL, SECURE, PROJECT, NONE }

    record ListFlags() implements Command {
    }

    record Evaluate(String flagKey, String distinctId) implements Command {
    }

    record Login() implements Command {
    }

    record WhoAmI() implements Command {
    }

    record Diagnose() implements Command {
    }

    record Export(Path directory, boolean publish) implements Command {
    }

    record Serve() implements Command {
    }

    record SetHost(String host) implements Command {
    }

    record Verbose(boolean on) implements Command {
    }

    record Quit() implements Command {
    }

    record Unknown(String input) implements Command {
    }

    static Command parse(String line) {
        List<String> words = Arrays.stream(line.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return new Unknown("");
        }
        return switch (words.get(0)) {
            case "flags", "ls" -> new ListFlags();
            case "eval" -> words.size() >= 3 ? new Evaluate(words.get(1), words.get(2)) : new Unknown(line);
            case "login" -> new Login();
            case "whoami" -> new WhoAmI();
            case "diag" -> new Diagnose();
            case "export" -> new Export(Path.of(words.size() > 1 ? words.get(1) : "public"),
                    words.contains("--publish"));
            case "serve" -> new Serve();
            case "host" -> words.size() > 1 ? new SetHost(words.get(1)) : new Unknown(line);
            case "verbose" -> new Verbose(words.size() > 1 && words.get(1).equals("on"));
            case "quit", "exit" -> new Quit();
            default -> new Unknown(line);
        };
    }

    static TokenKind kindOf(String key) {
        if (key == null) {
            return TokenKind.NONE;
        }
        if (key.startsWith("phx_")) {
            return TokenKind.PERSONAL;
        }
        if (key.startsWith("phs_")) {
            return TokenKind.SECURE;
        }
        return key.startsWith("phc_") ? TokenKind.PROJECT : TokenKind.NONE;
    }
}
