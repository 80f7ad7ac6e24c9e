package io.github.posthogguard.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Maven on a project in its own process, as a user would from a shell. */
final class MavenBuild {
  private static final long TIMEOUT_MINUTES = 10;

  /** The exit code and everything Maven printed. */
  record Outcome(int exitCode, String log) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }

  private MavenBuild() {}

  static Outcome run(Path project, List<String> arguments) {
    return run(project, Path.of(System.getProperty("java.home")), arguments);
  }

  /** Runs Maven on {@code javaHome}'s JDK, as {@code JAVA_HOME=... mvn ...} would. */
  static Outcome run(Path project, Path javaHome, List<String> arguments) {
    List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp", "-V"));
    String localRepository = System.getProperty("maven.repo.local");
    if (localRepository != null && !localRepository.isBlank()) {
      command.add("-Dmaven.repo.local=" + localRepository);
    }
    command.addAll(arguments);
    try {
      Path log = Files.createTempFile("posthog-guard-mvn", ".log");
      try {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        Process process =
            builder
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new AssertionError(
              "mvn " + arguments + " did not finish in " + TIMEOUT_MINUTES + " minutes");
        }
        return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
