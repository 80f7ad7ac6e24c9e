package io.github.posthogguard.sonar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged plugin jar, as SonarQube and SonarQube for IDE will read it. */
class PluginJarIT {
  private static JarFile jar;

  @BeforeAll
  static void open() throws IOException {
    jar = new JarFile(Path.of(System.getProperty("plugin.jar")).toFile());
  }

  @AfterAll
  static void close() throws IOException {
    jar.close();
  }

  @Test
  void manifestDeclaresASonarLintSupportedJavaPlugin() throws IOException {
    Attributes manifest = jar.getManifest().getMainAttributes();

    assertThat(manifest.getValue("Plugin-Key")).isEqualTo("posthogguard");
    assertThat(manifest.getValue("Plugin-Class")).isEqualTo(PostHogGuardPlugin.class.getName());
    assertThat(manifest.getValue("Sonar-Version")).isEqualTo("10.1.0.809");
    assertThat(manifest.getValue("Plugin-RequirePlugins")).startsWith("java:");
    assertThat(manifest.getValue("Plugin-RequiredForLanguages")).isEqualTo("java");
    assertThat(manifest.getValue("SonarLint-Supported")).isEqualTo("true");
    assertThat(manifest.getValue("Jre-Min-Version")).isEqualTo("17");
  }

  @Test
  void dependenciesAreInlinedAndRelocated() {
    List<String> names = jar.stream().map(ZipEntry::getName).toList();

    assertThat(names).noneMatch(name -> name.startsWith("com/github/javaparser/"));
    assertThat(names).noneMatch(name -> name.startsWith("org/commonmark/"));
    assertThat(names).noneMatch(name -> name.startsWith("org/snakeyaml/"));
    assertThat(names).noneMatch(name -> name.startsWith("META-INF/lib/"));
    assertThat(names)
        .contains(
            "io/github/posthogguard/sonar/shaded/javaparser/JavaParser.class",
            "io/github/posthogguard/sonar/shaded/commonmark/parser/Parser.class",
            "io/github/posthogguard/sonar/shaded/snakeyaml/engine/v2/composer/Composer.class",
            "io/github/posthogguard/config/ConfigAnalyzer.class",
            "io/github/posthogguard/sonar/PostHogGuardConfigSensor.class",
            "io/github/posthogguard/analyzer/Analyzer.class",
            "io/github/posthogguard/sonar/checks/HardcodedPostHogKeyCheck.class");
  }

  @Test
  void carriesEveryRuleDoc() {
    for (String ruleKey : RulesList.ruleKeys()) {
      assertThat(jar.getEntry("io/github/posthogguard/docs/" + ruleKey + ".md")).isNotNull();
    }
  }
}
