package io.github.posthogguard.maven;

import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.cli.Baseline;
import io.github.posthogguard.cli.IgnoreFile;
import io.github.posthogguard.cli.InputError;
import io.github.posthogguard.cli.JsonReport;
import io.github.posthogguard.cli.ProjectScanner;
import io.github.posthogguard.cli.ResultFilter;
import io.github.posthogguard.cli.SarifReport;
import io.github.posthogguard.cli.ScanResult;
import io.github.posthogguard.cli.SourceCollector;
import io.github.posthogguard.docs.RuleDocs;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.options.GuardOptions;
import io.github.posthogguard.rules.Rules;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Runs PostHog Guard on the module's main and test sources and resources, analyzed together as one
 * project (as the CLI analyzes its paths), writes SARIF and JSON reports and fails the build on
 * findings. Honours a baseline, the ignore file and {@code posthog-guard:allow} comments, like the
 * CLI, with the same classes.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
  /** Sonar's severities, most severe first: the threshold's scale. */
  private static final List<String> SEVERITIES =
      List.of("BLOCKER", "CRITICAL", "MAJOR", "MINOR", "INFO");

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Skips the check. */
  @Parameter(property = "posthog-guard.skip", defaultValue = "false")
  private boolean skip;

  /** Fails the build on a finding at or above {@link #failOnSeverity}; else only reports. */
  @Parameter(property = "posthog-guard.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /**
   * The least severe finding that fails the build, by the rule's Sonar severity: BLOCKER, CRITICAL,
   * MAJOR, MINOR or INFO (every finding).
   */
  @Parameter(property = "posthog-guard.failOnSeverity", defaultValue = "INFO")
  private String failOnSeverity;

  /** Also scans the test sources and test resources. */
  @Parameter(property = "posthog-guard.includeTests", defaultValue = "true")
  private boolean includeTests;

  /** Also scans the resource folders: config files in their format, as the CLI reads them. */
  @Parameter(property = "posthog-guard.includeResources", defaultValue = "true")
  private boolean includeResources;

  /** Reports only findings not in this baseline (written by the CLI or by writeBaseline). */
  @Parameter(property = "posthog-guard.baseline")
  private File baseline;

  /** Records the findings as a baseline in this file, and does not fail. */
  @Parameter(property = "posthog-guard.writeBaseline")
  private File writeBaseline;

  /** Path globs and fingerprints not to report, each with a reason. Used if it exists. */
  @Parameter(
      property = "posthog-guard.ignoreFile",
      defaultValue = "${project.basedir}/.posthog-guard-ignore")
  private File ignoreFile;

  /** Tells the ignore entries and allow comments that matched nothing. */
  @Parameter(property = "posthog-guard.reportUnusedIgnores", defaultValue = "false")
  private boolean reportUnusedIgnores;

  /** Where posthog-guard.sarif and posthog-guard.json are written. */
  @Parameter(
      property = "posthog-guard.outputDirectory",
      defaultValue = "${project.build.directory}/posthog-guard")
  private File outputDirectory;

  /** The reports to write: sarif, json, or both (comma-separated). */
  @Parameter(property = "posthog-guard.formats", defaultValue = "sarif,json")
  private String formats;

  /** Team options (secretWords, secretSources, loggerTypes, sanitizers), as in the CLI. */
  @Parameter private Map<String, String> options = new HashMap<>();

  /** Files analyzed in parallel; default: the number of cores. */
  @Parameter(property = "posthog-guard.threads")
  private Integer threads;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("PostHog Guard: skipped");
      return;
    }
    int threshold = SEVERITIES.indexOf(failOnSeverity.toUpperCase(Locale.ROOT));
    if (threshold < 0) {
      throw new MojoExecutionException(
          "failOnSeverity must be one of " + SEVERITIES + ", not " + failOnSeverity);
    }
    List<Path> roots = roots();
    if (roots.isEmpty()) {
      getLog().info("PostHog Guard: no sources or resources to scan");
      return;
    }
    ScanResult reported;
    try {
      FlowOptions flow = GuardOptions.parse(options == null ? Map.of() : options);
      int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      ScanResult scanned =
          new ProjectScanner(Rules.analyzer(flow), flow, Math.max(1, threadCount))
              .scan(SourceCollector.collect(roots));
      ResultFilter.Outcome outcome =
          ResultFilter.of(
                  ignoreFile != null && ignoreFile.isFile()
                      ? IgnoreFile.read(ignoreFile.toPath())
                      : null,
                  baseline == null ? null : Baseline.read(baseline.toPath()),
                  reportUnusedIgnores)
              .apply(scanned);
      reported = outcome.reported();
      writeReports(reported);
      if (writeBaseline != null) {
        int written = Baseline.write(outcome.toBaseline(), writeBaseline.toPath());
        getLog()
            .info("PostHog Guard: wrote " + written + " findings to the baseline " + writeBaseline);
      }
    } catch (InputError | IllegalArgumentException e) {
      throw new MojoExecutionException("PostHog Guard: " + e.getMessage(), e);
    }
    tell(reported, threshold);
  }

  /** The module's source and resource folders that exist, generated ones left out. */
  private List<Path> roots() {
    Set<String> folders = new LinkedHashSet<>(project.getCompileSourceRoots());
    if (includeTests) {
      folders.addAll(project.getTestCompileSourceRoots());
    }
    if (includeResources) {
      project.getResources().stream().map(Resource::getDirectory).forEach(folders::add);
      if (includeTests) {
        project.getTestResources().stream().map(Resource::getDirectory).forEach(folders::add);
      }
    }
    Path build = Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
    List<Path> roots = new ArrayList<>();
    for (String folder : folders) {
      Path path = Path.of(folder).toAbsolutePath().normalize();
      // Generated sources come from somewhere else in the project, which is scanned there.
      if (Files.isDirectory(path) && !path.startsWith(build)) {
        roots.add(path);
      }
    }
    return roots;
  }

  private void writeReports(ScanResult result) throws MojoExecutionException {
    Path folder = outputDirectory.toPath();
    for (String format : formats.split(",")) {
      String name = format.strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      Path file = folder.resolve("posthog-guard." + name);
      try {
        Files.createDirectories(folder);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          switch (name) {
            case "sarif" -> new SarifReport(project.getBasedir().toPath()).write(result, out);
            case "json" -> JsonReport.write(result, out);
            default ->
                throw new MojoExecutionException(
                    "formats: sarif and json are written, not " + format);
          }
        }
      } catch (IOException e) {
        throw new MojoExecutionException("PostHog Guard: cannot write " + file + ": " + e, e);
      }
      getLog().info("PostHog Guard: " + name + " report " + file);
    }
  }

  private void tell(ScanResult result, int threshold)
      throws MojoFailureException, MojoExecutionException {
    result.notices().forEach(n -> getLog().info(n.message()));
    result.skippedFiles().forEach(f -> getLog().warn(f.problem().orElseThrow()));
    result.unreadable().forEach(u -> getLog().error(u.message()));
    List<Finding> failing = new ArrayList<>();
    Path base = project.getBasedir().toPath().toAbsolutePath();
    for (Finding finding : result.findings()) {
      boolean fails =
          failOnViolation
              && writeBaseline == null
              && SEVERITIES.indexOf(RuleDocs.load(finding.ruleId()).severity()) <= threshold;
      String line =
          relative(base, finding.path())
              + ":["
              + finding.range().beginLine()
              + ","
              + finding.range().beginColumn()
              + "] ["
              + finding.ruleId()
              + "] "
              + finding.message();
      if (fails) {
        failing.add(finding);
        getLog().error(line);
      } else {
        getLog().warn(line);
      }
    }
    String triage = result.triage().describe();
    getLog()
        .info(
            "PostHog Guard: "
                + result.findings().size()
                + " findings in "
                + result.files().size()
                + " files"
                + (triage.isEmpty() ? "" : "; " + triage));
    if (!result.unreadable().isEmpty()) {
      throw new MojoExecutionException(
          "PostHog Guard: " + result.unreadable().size() + " paths could not be read");
    }
    if (!failing.isEmpty()) {
      throw new MojoFailureException(
          "PostHog Guard: "
              + failing.size()
              + (failing.size() == 1 ? " finding" : " findings")
              + " (reports in "
              + outputDirectory
              + "; a baseline accepts existing ones)");
    }
  }

  private static String relative(Path base, String path) {
    Path file = Path.of(path).toAbsolutePath();
    return file.startsWith(base) ? base.relativize(file).toString() : path;
  }
}
