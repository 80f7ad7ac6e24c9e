package io.github.posthogguard.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A real git repository in a temporary folder, driven by the {@code git} command. */
record TestGit(Path dir) {
  /** What a git command printed, and how it ended. */
  record Outcome(int exitCode, String output) {}

  static TestGit init(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TestGit git = new TestGit(dir);
    git.run("init", "-q", "-b", "main");
    git.run("config", "user.email", "dev@example.com");
    git.run("config", "user.name", "Dev");
    git.run("config", "commit.gpgsign", "false");
    return git;
  }

  Path write(String relative, String text) {
    return TestSources.write(dir, relative, text);
  }

  void commitAll(String message) {
    run("add", "-A");
    run("commit", "-q", "--allow-empty", "-m", message);
  }

  String head() {
    return run("rev-parse", "HEAD").strip();
  }

  /** Runs git in the repository; fails the test when git fails. */
  String run(String... arguments) {
    Outcome outcome = tryRun(Map.of(), arguments);
    if (outcome.exitCode() != 0) {
      throw new AssertionError("git " + List.of(arguments) + " failed: " + outcome.output());
    }
    return outcome.output();
  }

  /** Runs git with {@code input} as its standard input; fails the test when git fails. */
  void runWithInput(Path input, String... arguments) {
    Outcome outcome = start(Map.of(), input, arguments);
    if (outcome.exitCode() != 0) {
      throw new AssertionError("git " + List.of(arguments) + " failed: " + outcome.output());
    }
  }

  /** Runs git in the repository with extra environment variables. */
  Outcome tryRun(Map<String, String> environment, String... arguments) {
    return start(environment, null, arguments);
  }

  private Outcome start(Map<String, String> environment, Path input, String... arguments) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    try {
      Path log = Files.createTempFile("posthog-guard-git", ".log");
      try {
        ProcessBuilder builder =
            new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("HOME", dir.toString());
        builder.environment().putAll(environment);
        if (input != null) {
          builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new AssertionError("git " + arguments[0] + " did not finish");
        }
        return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
