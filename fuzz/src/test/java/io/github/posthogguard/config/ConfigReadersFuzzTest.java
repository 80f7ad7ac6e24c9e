package io.github.posthogguard.config;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.typesafe.config.ConfigException;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.FileBudget;
import io.github.posthogguard.analyzer.Limits;
import io.github.posthogguard.analyzer.LineMap;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.fuzz.Oracles;
import io.github.posthogguard.keys.KeyMask;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Mutated text through the config-file rules as the CLI runs them ({@link ConfigAnalyzer}, then
 * {@link ConfigFile#read} and {@link ConfigIndex} for the Java files, within the analyzer's
 * per-file budget), read as every format at once: one input reaches every reader. Seeds: the files
 * under {@code test-cases/config/} (put in this class's inputs directory by the build).
 *
 * <p>In this package to call each format's reader directly too: {@link ConfigFile#read} takes any
 * exception for a malformed file, which would hide a reader's own bug; only its format's errors may
 * leave a reader.
 */
class ConfigReadersFuzzTest {
  /** One path per format, and per placement the rules tell apart (client code, server config). */
  private static final List<String> PATHS =
      List.of(
          "src/main/resources/application.properties",
          "src/main/resources/application.yml",
          "config/appsettings.json",
          ".env",
          "scripts/deploy.sh",
          "Dockerfile",
          "app/src/main/res/values/strings.xml",
          "app/src/main/AndroidManifest.xml",
          "app/build.gradle",
          "build.gradle.kts",
          "app/src/main/kotlin/Analytics.kt",
          "netlify.toml",
          "src/main/resources/application.conf",
          "src/main/resources/static/analytics.js");

  private static final Limits LIMITS = Limits.fromSystemProperties();
  private static final FileBudget BUDGET = new FileBudget(LIMITS);
  private static final ConfigAnalyzer ANALYZER = new ConfigAnalyzer();
  private static final Predicate<FileBudget.Outcome<?>> TIMED_OUT =
      outcome -> Oracles.timeOutReason(LIMITS).equals(outcome.reason());

  @FuzzTest(maxDuration = "30s")
  void readConfig(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (String path : PATHS) {
      SourceFile source = new SourceFile(path, text);
      FileBudget.Outcome<FileAnalysis> outcome =
          Oracles.withinBudget(
              LIMITS, 1, path, () -> BUDGET.run(() -> analyzeLikeTheCli(source)), TIMED_OUT::test);
      if (!(outcome instanceof FileBudget.Outcome.Done<FileAnalysis> done)) {
        throw new AssertionError(path + ": " + KeyMask.redact(outcome.reason()));
      }
      // The config rules never skip a file: any problem is a rule or a reader that failed.
      Oracles.check(done.value(), text, List.of());
      FileBudget.Outcome<Throwable> read =
          Oracles.withinBudget(
              LIMITS, 1, path, () -> BUDGET.run(() -> readAsFormat(source)), TIMED_OUT::test);
      if (!(read instanceof FileBudget.Outcome.Done<Throwable> reader)) {
        throw new AssertionError(path + ": its reader " + KeyMask.redact(read.reason()));
      }
      Throwable thrown = reader.value();
      if (thrown != null && !isFormatError(thrown)) {
        throw new AssertionError(
            path + ": its reader failed: " + KeyMask.redact(String.valueOf(thrown)), thrown);
      }
    }
  }

  private static FileAnalysis analyzeLikeTheCli(SourceFile source) {
    FileAnalysis analysis = ANALYZER.analyze(source);
    List<ConfigFile> read = new ArrayList<>();
    if (ConfigIndex.mayTell(source)) {
      read.add(ConfigFile.read(source));
    }
    ConfigIndex index = ConfigIndex.of(read);
    index.isNamedIn(source.text());
    return analysis;
  }

  /** The format's reader on the text, as {@link ConfigFile#read} calls it; what it threw. */
  private static Throwable readAsFormat(SourceFile source) {
    EntrySink sink = new EntrySink(source.path(), source.text(), new LineMap(source.text()));
    ConfigFormat format = ConfigFormat.of(source.path());
    try {
      ConfigFile.readEntries(sink, format, source.path());
      sink.entries();
      return null;
    } catch (Exception | StackOverflowError e) {
      return e;
    }
  }

  /** How a reader says a file is not of its format (a malformed escape, a stray token). */
  private static boolean isFormatError(Throwable thrown) {
    return thrown instanceof IllegalArgumentException
        || thrown instanceof XMLStreamException
        || thrown instanceof YamlEngineException
        || thrown instanceof ConfigException;
  }
}
