package io.acme.flagctl;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** Options shared by every subcommand (picocli mixin). */
public class GlobalOptions {

    @Option(names = "--host", paramLabel = "URL", description = "PostHog app host (default: ${DEFAULT-VALUE} or posthog.host).")
    String host;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Extra properties file layered over the built-in defaults.")
    Path configFile;

    @Option(names = "--project-id", paramLabel = "ID", description = "PostHog project id.")
    Long projectId;

    @Option(names = "--proxy", paramLabel = "HOST:PORT", description = "HTTP proxy for outbound calls.")
    String proxy;

    @Option(names = "--proxy-user", paramLabel = "USER")
    String proxyUser;

    @Option(names = "--proxy-password", paramLabel = "PASSWORD", interactive = true, arity = "0..1",
            description = "Proxy password (prompted when given without a value).")
    char[] proxyPassword;

    @Option(names = {"-v", "--verbose"}, description = "Verbose output, including SDK debug logging.")
    boolean verbose;

    Optional<String> host() {
        return Optional.ofNullable(host).filter(h -> !h.isBlank());
    }

    Optional<Path> configFile() {
        return Optional.ofNullable(configFile);
    }

    Optional<Long> projectId() {
        return Optional.ofNullable(projectId);
    }

    Optional<String> proxy() {
        return Optional.ofNullable(proxy);
    }

    String proxyUser() {
        return proxyUser;
    }

    char[] proxyPassword() {
        return proxyPassword == null ? new char[0] : proxyPassword;
    }

    boolean verbose() {
        return verbose;
    }
}
