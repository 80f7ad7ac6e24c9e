package io.github.posthogguard.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the command reads from the process around it, passed in so that tests can set it: the
 * environment variables, whether a console is attached, and the working directory.
 */
public record Environment(
    Map<String, String> variables, boolean consolePresent, Path workingDirectory) {

  public Environment {
    variables = Map.copyOf(variables);
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  /** The environment of this process. */
  public static Environment system() {
    return new Environment(System.getenv(), System.console() != null, Path.of(""));
  }

  public String variable(String name) {
    return variables.get(name);
  }
}
