package io.github.posthogguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.posthogguard.testing.CaseFile;
import io.github.posthogguard.testing.CaseProject;
import io.github.posthogguard.testing.ConfigCaseFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command on {@code test-cases/}, all of it one project: the marked lines of the single-file
 * and the multi-file cases, in a deterministic order.
 */
class TestCasesTest {

  @Test
  void reportsExactlyTheMarkedLinesOfEveryTestCase() {
    CliRun run = CliRun.of("--threads", "1", CaseFile.root().toString());

    List<String> expected = new ArrayList<>();
    for (CaseFile caseFile : CaseProject.everyCaseFile()) {
      for (int line : caseFile.expectedLines()) {
        expected.add(caseFile.path() + ":" + line + " " + caseFile.ruleId());
      }
    }
    for (CaseProject project : CaseProject.all()) {
      for (ConfigCaseFile configFile : project.configFiles()) {
        for (String lineAndRule : configFile.expected()) {
          if (lineAndRule.endsWith(" " + project.ruleId())) {
            expected.add(configFile.path() + ":" + lineAndRule);
          }
        }
      }
    }
    // A case file speaks for the rule of its folder; another rule may also fire on it.
    List<String> actual =
        run.findingLines().stream()
            .map(l -> l.split("  ", 3))
            .map(parts -> parts[0].substring(0, parts[0].lastIndexOf(':')) + " " + parts[1])
            .filter(l -> l.contains("/" + l.substring(l.lastIndexOf(' ') + 1) + "/"))
            .toList();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(run.exitCode()).isEqualTo(expected.isEmpty() ? 0 : 1);
    assertThat(run.summary())
        .startsWith(run.findingLines().size() + " findings in ")
        .contains(
            " of "
                + (CaseProject.everyCaseFile().size() + projectConfigFiles() + configFiles())
                + " files");
    assertThat(run.err()).isEmpty();
  }

  private static long projectConfigFiles() {
    return CaseProject.all().stream().mapToLong(p -> p.configFiles().size()).sum();
  }

  /** The files of test-cases/config, its README included: the CLI reads every text file. */
  private static long configFiles() {
    try (var files = java.nio.file.Files.walk(ConfigCaseFile.root())) {
      return files.filter(java.nio.file.Files::isRegularFile).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void reportsExactlyTheMarkedLinesAndRulesOfEveryConfigCase() {
    CliRun run = CliRun.of("--threads", "2", ConfigCaseFile.root().toString());

    List<String> expected = new ArrayList<>();
    for (ConfigCaseFile caseFile : ConfigCaseFile.all()) {
      for (String lineAndRule : caseFile.expected()) {
        expected.add(caseFile.path() + ":" + lineAndRule);
      }
    }
    List<String> actual =
        run.findingLines().stream()
            .map(l -> l.split("  ", 3))
            .map(parts -> parts[0].substring(0, parts[0].lastIndexOf(':')) + " " + parts[1])
            .toList();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
  }

  /** The JSON report states what markers can: messages and secondary locations, as expected. */
  @Test
  void reportsTheMarkedMessagesAndSecondaryLocations() throws Exception {
    CliRun run = CliRun.of("-f", "json", CaseFile.root().toString());
    JsonNode findings = new ObjectMapper().readTree(run.out()).path("findings");

    for (CaseFile caseFile : CaseProject.everyCaseFile()) {
      List<CaseFile.Reported> reported = new ArrayList<>();
      for (JsonNode finding : findings) {
        if (finding.path("path").asText().equals(caseFile.path().toString())
            && finding.path("ruleId").asText().equals(caseFile.ruleId())) {
          List<Integer> secondaryLines = new ArrayList<>();
          finding
              .path("secondaryLocations")
              .forEach(s -> secondaryLines.add(s.path("range").path("beginLine").asInt()));
          reported.add(
              new CaseFile.Reported(
                  finding.path("range").path("beginLine").asInt(),
                  finding.path("message").asText(),
                  secondaryLines));
        }
      }
      assertThat(caseFile.mismatches(reported)).isEmpty();
    }
  }

  @Test
  void theOutputDoesNotDependOnTheNumberOfThreads() {
    for (String format : new String[] {"text", "json", "sarif"}) {
      CliRun single = CliRun.of("-f", format, "--threads", "1", CaseFile.root().toString());
      CliRun parallel = CliRun.of("-f", format, "--threads", "4", CaseFile.root().toString());
      CliRun byDefault = CliRun.of("-f", format, CaseFile.root().toString());

      assertThat(parallel.out()).isEqualTo(single.out());
      assertThat(byDefault.out()).isEqualTo(single.out());
      assertThat(parallel.exitCode()).isEqualTo(single.exitCode());
    }
  }

  @Test
  void linesAreSortedByPathThenPosition() {
    CliRun run = CliRun.of("--threads", "4", CaseFile.root().toString());

    List<String> lines = run.findingLines();
    List<String> sorted =
        lines.stream()
            .sorted(
                java.util.Comparator.comparing((String l) -> l.split(":")[0])
                    .thenComparingInt(l -> Integer.parseInt(l.split(":")[1]))
                    .thenComparingInt(l -> Integer.parseInt(l.split(":")[2].split(" ")[0])))
            .toList();
    assertThat(lines).isEqualTo(sorted);
  }
}
