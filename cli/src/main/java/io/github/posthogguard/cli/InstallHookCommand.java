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

  /**
   * A short run: C1 only, a small heap, no JVM log lines (the class-data archive's warnings); see
   * the README on the JVM start.
   */
  static final String JVM_OPTIONS =
      "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m -Xlog:disable";

  /** The class-data archive's name: one per version, so that an upgrade starts a new one. */
  static final String ARCHIVE_PREFIX = "posthog-guard-";

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
    Path archive = hook.resolveSibling(ARCHIVE_PREFIX + Main.VERSION + ".jsa");
    if (Files.exists(hook) && !isOurs(hook) && !force) {
      throw new InputError(
          "a pre-commit hook is already there, not ours: "
              + hook
              + " (--force replaces it; or call `posthog-guard --staged` from it)");
    }
    Files.createDirectories(hook.getParent());
    String script = command == null ? defaultScript(archive) : script("", command);
    Files.writeString(hook, script, StandardCharsets.UTF_8);
    // A stale archive (another build of the jar) would only be ignored: start a new one.
    Files.deleteIfExists(archive);
    try {
      Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      hook.toFile().setExecutable(true);
    }
    spec.commandLine().getOut().println(Main.NAME + ": installed the pre-commit hook " + hook);
    spec.commandLine().getOut().flush();
    return GuardCommand.NOTHING_FOUND;
  }

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

  static String script(String setUp, String command) {
    return "#!/bin/sh\n"
        + MARKER
        + ": scans what is staged for PostHog secret keys and leaks.\n"
        + "# Written by `posthog-guard install-hook`; `git commit --no-verify` skips it once.\n"
        + setUp
        + "exec "
        + command
        + " --staged\n";
  }

  /**
   * {@code java ... -jar} on the jar this runs from, with a class-data archive (AppCDS) of the
   * classes a run loads, which starts the next runs faster; or {@code posthog-guard} from the PATH
   * when not run from a jar.
   */
  private static String defaultScript(Path archive) {
    Path jar = null;
    try {
      Path code =
          Path.of(
              InstallHookCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code) && code.toString().endsWith(".jar")) {
        jar = code;
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // not from a jar
    }
    if (jar == null) {
      return script("", Main.NAME);
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return javaScript(java, jar, archive, Runtime.version().feature());
  }

  /**
   * The hook for {@code java} of release {@code feature}: JDK 19 and later keep the archive up to
   * date themselves ({@code -XX:+AutoCreateSharedArchive}); on 17 and 18, the first run writes it
   * and the next ones read it.
   */
  static String javaScript(Path java, Path jar, Path archive, int feature) {
    String run = quote(java.toString()) + " " + JVM_OPTIONS + " ";
    String tail = " -jar " + quote(jar.toString());
    if (feature >= 19) {
      return script(
          "",
          run + "-XX:+AutoCreateSharedArchive " + quote("-XX:SharedArchiveFile=" + archive) + tail);
    }
    String setUp =
        "if [ -f "
            + quote(archive.toString())
            + " ]; then cds="
            + quote("-XX:SharedArchiveFile=" + archive)
            + "; else cds="
            + quote("-XX:ArchiveClassesAtExit=" + archive)
            + "; fi\n";
    return script(setUp, run + "\"$cds\"" + tail);
  }

  private static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
