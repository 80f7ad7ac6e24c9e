package io.github.posthogguard.sonar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin's classes use only what SonarQube and SonarQube for IDE let a plugin see: the plugin
 * API and, of the Java analyzer, its {@code org.sonar.plugins.java.api} packages. Anything else of
 * the analyzer compiles and passes the test kit, then fails with NoClassDefFoundError in a server.
 */
class PluginClassLoadingTest {
  private static final Pattern SONAR_CLASS =
      Pattern.compile("(?:org/sonar|org/sonarsource|com/sonar|com/sonarsource)/[A-Za-z0-9_/$]+");
  private static final List<String> VISIBLE =
      List.of(
          "org/sonar/api/",
          "org/sonar/check/",
          "org/sonarsource/api/",
          "org/sonar/plugins/java/api/");

  @Test
  void mainClassesReferOnlyToClassesSonarExportsToPlugins() throws URISyntaxException {
    Path classes =
        Path.of(
            PostHogGuardPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, TreeSet<String>> hidden = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      files
          .filter(file -> file.toString().endsWith(".class"))
          .forEach(
              file -> {
                Matcher m = SONAR_CLASS.matcher(constants(file));
                while (m.find()) {
                  if (VISIBLE.stream().noneMatch(m.group()::startsWith)) {
                    hidden
                        .computeIfAbsent(m.group(), k -> new TreeSet<>())
                        .add(classes.relativize(file).toString());
                  }
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(hidden).isEmpty();
  }

  /** The class file's bytes as text: class names stand in its constant pool as plain ASCII. */
  private static String constants(Path classFile) {
    try {
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
