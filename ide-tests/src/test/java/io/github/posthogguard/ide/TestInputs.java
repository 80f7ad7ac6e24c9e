package io.github.posthogguard.ide;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the build hands the tests as system properties: jars to load and folders to analyse. */
final class TestInputs {
  static final String REPOSITORY_KEY = "posthog-guard";

  private TestInputs() {}

  /** The freshly built plugin jar of {@code sonar-plugin}. */
  static Path pluginJar() {
    return existing(
        "posthogGuard.pluginJar", "build the plugin first: mvn -B install -pl sonar-plugin");
  }

  /** The real Java analyzer, copied from Maven Central by the build. */
  static Path sonarJavaPluginJar() {
    return existing("posthogGuard.sonarJavaPluginJar", "run the tests through Maven");
  }

  static Path examplesDir() {
    return existing("posthogGuard.examplesDir", "run the tests through Maven");
  }

  static Path testCasesDir() {
    return existing("posthogGuard.testCasesDir", "run the tests through Maven");
  }

  static Path rulesDocsDir() {
    return existing("posthogGuard.rulesDocsDir", "run the tests through Maven");
  }

  private static Path existing(String property, String hint) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + property + " is not set: " + hint);
    }
    Path path = Path.of(value).toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      throw new IllegalStateException(property + "=" + path + " does not exist: " + hint);
    }
    return path;
  }
}
