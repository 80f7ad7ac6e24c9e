package io.github.posthogguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.errorprone.testing.ErrorProneCompilation;
import io.github.posthogguard.rules.Rules;
import io.github.posthogguard.sonar.testing.SonarIssue;
import io.github.posthogguard.sonar.testing.SonarIssues;
import io.github.posthogguard.testing.CaseFile;
import io.github.posthogguard.testing.CaseProject;
import io.github.posthogguard.testing.ConfigCaseFile;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same file gives the same findings on the same lines, with the same messages and secondary
 * locations, everywhere: the analyzer (which the CLI prints), the Error Prone checks in real javac,
 * and the Sonar checks in sonar-java's own scanner.
 */
class ParityTest {
  /** A finding as every surface can state it. */
  record Issue(long line, String rule, String message, List<Integer> secondaryLines)
      implements Comparable<Issue> {
    Issue {
      // the lines as a set, as the analyzer's own cases compare them (CaseFile.Reported)
      secondaryLines = secondaryLines.stream().sorted().toList();
    }

    @Override
    public int compareTo(Issue other) {
      return COMPARATOR.compare(this, other);
    }

    CaseFile.Reported asReported() {
      return new CaseFile.Reported((int) line, message, secondaryLines);
    }
  }

  private static final Comparator<Issue> COMPARATOR =
      Comparator.comparingLong(Issue::line)
          .thenComparing(Issue::rule)
          .thenComparing(Issue::message)
          .thenComparing(i -> i.secondaryLines().toString());

  static List<CaseFile> cases() {
    return CaseFile.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everySurfaceReportsTheSameIssues(CaseFile caseFile) {
    List<Issue> analyzer =
        Rules.analyzer()
            .analyze(new SourceFile(caseFile.name(), caseFile.text()))
            .findings()
            .stream()
            .map(ParityTest::of)
            .sorted()
            .toList();
    List<String> allRules = Rules.all().stream().map(Rule::id).toList();
    List<Issue> errorProne =
        ErrorProneCompilation.compile(List.of(caseFile.path()), allRules).diagnostics().stream()
            .map(d -> new Issue(d.line(), d.check(), d.text(), d.secondaryLines()))
            .sorted()
            .toList();
    List<Issue> sonar =
        SonarIssues.of(caseFile.path()).stream()
            .map(i -> new Issue(i.line(), i.ruleKey(), i.message(), i.secondaryLines()))
            .sorted()
            .toList();

    assertThat(errorProne).as("Error Prone vs analyzer").isEqualTo(analyzer);
    assertThat(sonar).as("Sonar vs analyzer").isEqualTo(analyzer);
    assertThat(analyzer.stream().filter(f -> f.rule().equals(caseFile.ruleId())).map(Issue::line))
        .as("analyzer vs the file's markers")
        .containsExactlyElementsOf(caseFile.expectedLines().stream().map(Long::valueOf).toList());
    assertThat(
            caseFile.mismatches(
                analyzer.stream()
                    .filter(f -> f.rule().equals(caseFile.ruleId()))
                    .map(Issue::asReported)
                    .toList()))
        .as("analyzer vs the file's messages and secondary locations")
        .isEmpty();
  }

  static List<CaseProject> projects() {
    return CaseProject.all();
  }

  /**
   * A multi-file case's files compiled in one javac run, scanned as one Sonar module and analyzed
   * as one project give the same issues in each file. Secondary locations in another file are
   * compared between the analyzer and Error Prone only: sonar-java places them in the issue's file
   * alone, so there the message names the other file.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("projects")
  void everySurfaceReportsTheSameIssuesInEveryFileOfAProject(CaseProject project) {
    List<FileAnalysis> analyses = project.analyze();
    List<String> allRules = Rules.all().stream().map(Rule::id).toList();
    List<ErrorProneCompilation.Reported> compiled =
        ErrorProneCompilation.compile(project.paths(), allRules).diagnostics();
    List<List<SonarIssue>> scanned =
        SonarIssues.ofProject(
            project.paths(), project.configFiles().stream().map(ConfigCaseFile::path).toList());

    for (int i = 0; i < project.files().size(); i++) {
      CaseFile file = project.files().get(i);
      List<Issue> analyzer =
          analyses.get(i).findings().stream().map(ParityTest::of).sorted().toList();
      List<Issue> errorProne =
          compiled.stream()
              .filter(d -> d.file().equals(file.path().getFileName().toString()))
              .map(d -> new Issue(d.line(), d.check(), d.text(), d.secondaryLines()))
              .sorted()
              .toList();
      List<Issue> sonar =
          scanned.get(i).stream()
              .map(s -> new Issue(s.line(), s.ruleKey(), s.message(), s.secondaryLines()))
              .sorted()
              .toList();
      List<Issue> analyzerInFile =
          analyses.get(i).findings().stream().map(ParityTest::inItsFile).sorted().toList();

      assertThat(errorProne).as(file.name() + ": Error Prone vs analyzer").isEqualTo(analyzer);
      assertThat(sonar).as(file.name() + ": Sonar vs analyzer").isEqualTo(analyzerInFile);
      assertThat(
              file.mismatches(
                  analyzer.stream()
                      .filter(f -> f.rule().equals(project.ruleId()))
                      .map(Issue::asReported)
                      .toList()))
          .as(file.name() + ": analyzer vs the file's markers")
          .isEmpty();
    }
  }

  private static Issue inItsFile(Finding finding) {
    return new Issue(
        finding.line(),
        finding.ruleId(),
        finding.message(),
        finding.secondaryLocations().stream()
            .filter(SecondaryLocation::inSameFile)
            .map(s -> s.range().beginLine())
            .sorted()
            .toList());
  }

  private static Issue of(Finding finding) {
    return new Issue(
        finding.line(),
        finding.ruleId(),
        finding.message(),
        finding.secondaryLocations().stream().map(s -> s.range().beginLine()).sorted().toList());
  }
}
