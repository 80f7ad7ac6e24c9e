package io.github.posthogguard.sonar.testing;

import io.github.posthogguard.sonar.checks.ModuleProject;
import io.github.posthogguard.sonar.checks.PostHogGuardCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.config.Configuration;
import org.sonar.java.SonarComponents;
import org.sonar.java.ast.JavaAstScanner;
import org.sonar.java.checks.verifier.internal.InternalInputFile;
import org.sonar.java.checks.verifier.internal.InternalSensorContext;
import org.sonar.java.classpath.ClasspathForMain;
import org.sonar.java.classpath.ClasspathForTest;
import org.sonar.java.model.JavaVersionImpl;
import org.sonar.java.reporting.AnalyzerMessage;
import org.sonar.java.telemetry.NoOpTelemetry;
import org.sonar.java.telemetry.TelemetryKey;
import org.sonar.java.testing.VisitorsBridgeForTests;

/**
 * Runs every registered check on one file as sonar-java runs custom rules, with the parser, the
 * scanner and the issue reporting of its test kit, and returns the issues raised. It does not read
 * the file's {@code // Noncompliant} markers: it is the Sonar side of the cross-surface parity
 * test.
 *
 * <p>Needs on the class path: this module's main classes, {@code java-frontend} and {@code
 * java-checks-testkit}.
 */
public final class SonarIssues {
  private static final int JAVA_VERSION = 17;

  private SonarIssues() {}

  /** The issues of all our rules on {@code file}, sorted by line then rule key. */
  public static List<SonarIssue> of(Path file) {
    List<PostHogGuardCheck> checks = RegisteredChecks.all();
    SonarComponents components = sonarComponents();
    VisitorsBridgeForTests bridge =
        new VisitorsBridgeForTests.Builder(checks)
            .withJavaVersion(new JavaVersionImpl(JAVA_VERSION))
            .withSonarComponents(components)
            .build();
    JavaAstScanner scanner =
        new JavaAstScanner(components, new NoOpTelemetry(), TelemetryKey.JAVA_ANALYSIS_MAIN);
    scanner.setVisitorBridge(bridge);
    scanner.scan(List.of(InternalInputFile.inputFile("", file.toFile())));
    return bridge.testContexts().stream()
        .flatMap(context -> context.getIssues().stream())
        .map(SonarIssues::toIssue)
        .sorted()
        .toList();
  }

  /**
   * The issues of all our rules on {@code files} scanned as one module with {@code configFiles},
   * the checks seeing every file of it: for each file, in the order given, its issues sorted by
   * line then rule key.
   */
  public static List<List<SonarIssue>> ofProject(List<Path> files, List<Path> configFiles) {
    return ofProject(
        files,
        configFiles,
        problem -> {
          throw new AssertionError(problem);
        });
  }

  /** As {@link #ofProject(List, List)}, telling {@code problems} of each file the module skips. */
  public static List<List<SonarIssue>> ofProject(
      List<Path> files, List<Path> configFiles, Consumer<String> problems) {
    List<InputFile> inputFiles =
        files.stream().map(file -> InternalInputFile.inputFile("", file.toFile())).toList();
    List<InputFile> moduleFiles = new ArrayList<>(inputFiles);
    configFiles.forEach(file -> moduleFiles.add(InternalInputFile.inputFile("", file.toFile())));
    ModuleProject module = new ModuleProject(() -> moduleFiles, problems);
    List<PostHogGuardCheck> checks =
        RegisteredChecks.all().stream().map(check -> check.inProject(module)).toList();
    SonarComponents components = sonarComponents();
    VisitorsBridgeForTests bridge =
        new VisitorsBridgeForTests.Builder(checks)
            .withJavaVersion(new JavaVersionImpl(JAVA_VERSION))
            .withSonarComponents(components)
            .build();
    JavaAstScanner scanner =
        new JavaAstScanner(components, new NoOpTelemetry(), TelemetryKey.JAVA_ANALYSIS_MAIN);
    scanner.setVisitorBridge(bridge);
    scanner.scan(inputFiles);
    List<AnalyzerMessage> messages =
        bridge.testContexts().stream().flatMap(context -> context.getIssues().stream()).toList();
    return inputFiles.stream()
        .map(
            file ->
                messages.stream()
                    .filter(m -> m.getInputComponent().key().equals(file.key()))
                    .map(SonarIssues::toIssue)
                    .sorted()
                    .toList())
        .toList();
  }

  private static SonarIssue toIssue(AnalyzerMessage message) {
    // sonar-java keeps each secondary location as a flow of one location.
    List<Integer> secondaryLines =
        message.flows.stream()
            .flatMap(List::stream)
            .map(AnalyzerMessage::getLine)
            .sorted()
            .toList();
    return new SonarIssue(
        message.getLine(),
        PostHogGuardCheck.ruleKeyOf(message.getCheck().getClass()),
        message.getMessage(),
        secondaryLines);
  }

  private static SonarComponents sonarComponents() {
    InternalSensorContext sensorContext = new InternalSensorContext();
    FileSystem fileSystem = sensorContext.fileSystem();
    Configuration config = sensorContext.config();
    SonarComponents components =
        new SonarComponents(
            null,
            fileSystem,
            new ClasspathForMain(config, fileSystem),
            new ClasspathForTest(config, fileSystem),
            null,
            null);
    components.setSensorContext(sensorContext);
    return components;
  }
}
