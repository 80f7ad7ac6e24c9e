package io.github.posthogguard.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A JDK and the Error Prone release that runs on it, as users pair them. */
record Toolchain(String name, Path javaHome, String javaVersion, String errorProneVersion) {
  /** Where this machine kind keeps the second JDK (see README). */
  static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  static List<Toolchain> all() {
    List<Toolchain> toolchains = new ArrayList<>();
    toolchains.add(
        new Toolchain(
            "JDK 17 + Error Prone 2.42.0",
            Path.of(System.getProperty("java.home")),
            "17",
            "2.42.0"));
    if (Files.isExecutable(TEMURIN_25.resolve("bin/javac"))) {
      toolchains.add(new Toolchain("JDK 25 + Error Prone 2.52.0", TEMURIN_25, "25", "2.52.0"));
    }
    return toolchains;
  }

  @Override
  public String toString() {
    return name;
  }
}
