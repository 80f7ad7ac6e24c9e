package io.github.posthogguard.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code posthog-guard install-hook}: writes a plain git {@code pre-commit} hook that runs {@code
 * --staged}, so that a commit holding a secret is stopped before it exists. It replaces a hook it
 * wrote before; another program's hook only with {@code --force}.
 */
@Command(
    name = "install-hook",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the git pre-commit hook of the repository around the working directory (in"
          + " core.hooksPath if set, else .git/hooks/pre-commit): it runs posthog-guard --staged"
          + " and stops the commit when a staged change holds a finding.",
      "With the pre-commit framework, use the hook of .pre-commit-hooks.yaml instead."
    })
final class InstallHookCommand implements Callable<Integer> {
  /** The line that tells our hook from another program's. */
  static final String MARKER = "# posthog-guard pre-commit hook";

  /** A short run: C1 only (a third faster here), a small heap; see the README on the JVM start. */
  static final String JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m";

  @Spec private CommandSpec spec;

  @Option(names = "--force", description = "Replace a pre-commit hook another program wrote.")
  private boolean force;

  @picocli.CommandLine.Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      description = "A folder of the repository. Default: the working directory.")
  private Path folder = Path.of("");

  @Option(
      names = "--command",
      paramLabel = "CMD",
      description =
          "The command the hook runs, --staged appended. Default: java with this jar, or"
              + " posthog-guard on the PATH when not run from a jar.")
  private String command;

  @Override
  public Integer call() throws IOException {
    Path hook;
    try (GitRepository repository = GitRepository.around(folder)) {
      hook = hooksFolder(repository).resolve("pre-commit");
    }
    if (Files.exists(hook) && !isOurs(hook) && !force) {
      throw new InputError(
          "a pre-commit hook is already there, not ours: "
              + hook
              + " (--force replaces it; or call `posthog-guard --staged` from it)");
    }
    Files.createDirectories(hook.getParent());
    Files.writeString(hook, script(command == null ? defaultCommand() : command), UTF8);
    try {
      Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      hook.toFile().setExecutable(true);
    }
    spec.commandLine().getOut().println(Main.NAME + ": installed the pre-commit hook " + hook);
    spec.commandLine().getOut().flush();
    return GuardCommand.NOTHING_FOUND;
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static Path hooksFolder(GitRepository repository) {
    String configured = repository.jgit().getConfig().getString("core", null, "hooksPath");
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      return path.isAbsolute() ? path : repository.workTree("install-hook").resolve(path);
    }
    return repository.jgit().getDirectory().toPath().resolve("hooks");
  }

  private static boolean isOurs(Path hook) throws IOException {
    return Files.readString(hook, StandardCharsets.ISO_8859_1).contains(MARKER);
  }

  static String script(String command) {
    return "#!/bin/sh\n"
        + MARKER
        + ": scans what is staged for PostHog secret keys and leaks.\n"
        + "# Written by `posthog-guard install-hook`; `git commit --no-verify` skips it once.\n"
        + "exec "
        + command
        + " --staged\n";
  }

  /** {@code java ... -jar} on the jar this runs from, or {@code posthog-guard} from the PATH. */
  private static String defaultCommand() {
    try {
      Path code =
          Path.of(
              InstallHookCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code) && code.toString().endsWith(".jar")) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return quote(java.toString()) + " " + JVM_OPTIONS + " -jar " + quote(code.toString());
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // not from a jar
    }
    return Main.NAME;
  }

  private static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
