package io.github.posthogguard.cli;

import static io.github.posthogguard.cli.TestSources.PERSONAL_KEY;
import static io.github.posthogguard.cli.TestSources.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.docs.RuleDoc;
import io.github.posthogguard.docs.RuleDocs;
import io.github.posthogguard.rules.Rules;
import io.github.posthogguard.testing.CaseFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theTestCasesGiveAValidSarifLog() throws Exception {
    Path root = CaseFile.root().getParent();

    CliRun run =
        CliRun.of(
            "--format", "sarif", "--source-root", root.toString(), CaseFile.root().toString());
    JsonNode log = MAPPER.readTree(run.out());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(SarifSchema.violations(log)).isEmpty();
    assertThat(log.path("runs").get(0).path("results")).isNotEmpty();
  }

  @Test
  void theSchemaValidatorRejectsAnInvalidLog() throws Exception {
    TestSources.write(dir, "A.java", TestSources.withKey("A", PERSONAL_KEY));
    ObjectNode log = (ObjectNode) sarif("--source-root", dir.toString(), dir.toString());
    ObjectNode region =
        (ObjectNode)
            log.path("runs")
                .get(0)
                .path("results")
                .get(0)
                .path("locations")
                .get(0)
                .path("physicalLocation")
                .path("region");
    region.put("startLine", 0);
    log.put("version", "2.0.0");

    assertThat(SarifSchema.violations(log)).hasSize(2);
  }

  @Test
  void logRunToolAndRules() throws Exception {
    TestSources.write(dir, "src/A.java", TestSources.withKey("A", PERSONAL_KEY));

    JsonNode log = sarif("--source-root", dir.toString(), dir.resolve("src").toString());

    assertThat(log.path("$schema").asText()).endsWith("sarif-schema-2.1.0.json");
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("runs")).hasSize(1);
    JsonNode run = log.path("runs").get(0);
    JsonNode driver = run.path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("posthog-guard");
    assertThat(driver.path("version").asText()).isEqualTo(Main.VERSION).doesNotContain("${");
    assertThat(driver.path("informationUri").asText()).startsWith("https://");
    assertThat(driver.path("rules")).hasSize(Rules.all().size());
    for (int i = 0; i < Rules.all().size(); i++) {
      RuleDoc doc = RuleDocs.load(Rules.all().get(i).id());
      JsonNode rule = driver.path("rules").get(i);
      assertThat(rule.path("id").asText()).isEqualTo(doc.key());
      assertThat(rule.path("name").asText()).isEqualTo(doc.key());
      assertThat(rule.path("shortDescription").path("text").asText()).isEqualTo(doc.summary());
      assertThat(rule.path("fullDescription").path("text").asText()).contains(doc.title());
      assertThat(rule.path("help").path("markdown").asText()).isEqualTo(doc.markdown());
      assertThat(rule.path("help").path("text").asText()).isEqualTo(doc.markdown());
      assertThat(rule.path("helpUri").asText()).isEqualTo(doc.url());
    }
    JsonNode hardcoded = driver.path("rules").get(0);
    assertThat(hardcoded.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
    JsonNode properties = hardcoded.path("properties");
    assertThat(properties.path("tags"))
        .extracting(JsonNode::asText)
        .contains("security", "external/cwe/cwe-798");
    assertThat(properties.path("precision").asText()).isEqualTo("high");
    assertThat(Double.parseDouble(properties.path("security-severity").asText()))
        .isGreaterThanOrEqualTo(9.0);
    assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
        .isEqualTo(dir.toUri().toString());
  }

  @Test
  void resultsCarryTheRuleARelativeUriAndAnExclusiveEndColumn() throws Exception {
    TestSources.write(dir, "src/main/A.java", TestSources.withKey("A", PERSONAL_KEY));

    JsonNode log = sarif("--source-root", dir.toString(), dir.resolve("src").toString());

    JsonNode result = log.path("runs").get(0).path("results").get(0);
    assertThat(result.path("ruleId").asText()).isEqualTo("HardcodedPostHogKey");
    assertThat(result.path("ruleIndex").asInt()).isZero();
    assertThat(result.path("level").asText()).isEqualTo("error");
    assertThat(result.path("message").path("text").asText()).contains("phx_...XyNc");
    JsonNode physical = result.path("locations").get(0).path("physicalLocation");
    assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("src/main/A.java");
    assertThat(physical.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    JsonNode region = physical.path("region");
    assertThat(region.path("startLine").asInt()).isEqualTo(2);
    assertThat(region.path("startColumn").asInt()).isEqualTo(17);
    assertThat(region.path("endLine").asInt()).isEqualTo(2);
    assertThat(region.path("endColumn").asInt()).isEqualTo(17 + PERSONAL_KEY.length());
    assertThat(result.path("partialFingerprints").path(SarifReport.FINGERPRINT_KEY).asText())
        .hasSize(32)
        .doesNotContain(PERSONAL_KEY.substring(4, 12));
  }

  @Test
  void fingerprintsAreStableAcrossRunsAndLineMovesAndDistinctForEqualFindings() throws Exception {
    String twice =
        "class A {\n  String a = \""
            + PERSONAL_KEY
            + "\";\n  String b = \""
            + PERSONAL_KEY
            + "\";\n}\n";
    TestSources.write(dir, "A.java", twice);
    List<String> before = fingerprints(sarif("--source-root", dir.toString(), dir.toString()));
    TestSources.write(dir, "A.java", "// moved down\n\n" + twice);
    List<String> after = fingerprints(sarif("--source-root", dir.toString(), dir.toString()));

    assertThat(before).hasSize(2).doesNotHaveDuplicates();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void skippedAndUnreadableFilesBecomeNotifications() throws Exception {
    TestSources.write(dir, "B.java", TestSources.UNPARSABLE);
    TestSources.write(dir, "C.java", TestSources.withKey("C", SECRET_KEY));

    JsonNode log = sarif("--source-root", dir.toString(), dir.toString());

    JsonNode invocation = log.path("runs").get(0).path("invocations").get(0);
    assertThat(invocation.path("executionSuccessful").asBoolean()).isTrue();
    JsonNode notifications = invocation.path("toolExecutionNotifications");
    assertThat(notifications).hasSize(1);
    assertThat(notifications.get(0).path("level").asText()).isEqualTo("warning");
    assertThat(notifications.get(0).path("message").path("text").asText())
        .contains(dir.resolve("B.java").toString(), "could not parse it");
    assertThat(
            notifications
                .get(0)
                .path("locations")
                .get(0)
                .path("physicalLocation")
                .path("artifactLocation")
                .path("uri")
                .asText())
        .isEqualTo("B.java");
    assertThat(log.path("runs").get(0).path("results")).hasSize(1);
    assertThat(SarifSchema.violations(log)).isEmpty();

    Files.createSymbolicLink(dir.resolve("Broken.java"), dir.resolve("nowhere"));
    JsonNode failed = sarif("--source-root", dir.toString(), dir.toString());
    JsonNode failedInvocation = failed.path("runs").get(0).path("invocations").get(0);
    assertThat(failedInvocation.path("executionSuccessful").asBoolean()).isFalse();
    assertThat(failedInvocation.path("exitCode").asInt()).isEqualTo(2);
    assertThat(failedInvocation.path("toolExecutionNotifications"))
        .extracting(n -> n.path("level").asText())
        .containsExactly("warning", "error");
    assertThat(SarifSchema.violations(failed)).isEmpty();
  }

  @Test
  void aFileOutsideTheSourceRootGetsAnAbsoluteUri() throws Exception {
    Path file = TestSources.write(dir, "elsewhere/A.java", TestSources.withKey("A", PERSONAL_KEY));

    JsonNode log = sarif("--source-root", dir.resolve("root").toString(), file.toString());

    JsonNode artifact =
        log.path("runs")
            .get(0)
            .path("results")
            .get(0)
            .path("locations")
            .get(0)
            .path("physicalLocation")
            .path("artifactLocation");
    assertThat(artifact.path("uri").asText()).isEqualTo(file.toUri().toString());
    assertThat(artifact.has("uriBaseId")).isFalse();
  }

  @Test
  void secondaryLocationsBecomeRelatedLocations() {
    String path = dir.resolve("src/A.java").toString();
    TextRange primary = new TextRange(3, 5, 3, 10, 40, 46);
    TextRange secondary = new TextRange(1, 1, 1, 4, 0, 4);
    Finding finding =
        new Finding(
            "HardcodedPostHogKey",
            path,
            primary,
            "primary message",
            List.of(new SecondaryLocation(secondary, "the source")));
    FileAnalysis analysis = new FileAnalysis(new SourceFile(path, ""), List.of(finding), List.of());
    ScanResult result = new ScanResult(List.of(analysis), List.of(), List.of());

    ObjectNode log = new SarifReport(dir).log(result);

    JsonNode related = log.path("runs").get(0).path("results").get(0).path("relatedLocations");
    assertThat(related).hasSize(1);
    assertThat(related.get(0).path("message").path("text").asText()).isEqualTo("the source");
    assertThat(
            related.get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
        .isEqualTo("src/A.java");
    JsonNode region = related.get(0).path("physicalLocation").path("region");
    assertThat(region.path("startColumn").asInt()).isEqualTo(1);
    assertThat(region.path("endColumn").asInt()).isEqualTo(5);
    assertThat(SarifSchema.violations(log)).isEmpty();
  }

  @Test
  void aSecondaryLocationInAnotherFileNamesThatFile() {
    String path = dir.resolve("src/main/java/Sync.java").toString();
    String config = dir.resolve("src/main/resources/application.yml").toString();
    Finding finding =
        new Finding(
            "SecretToLog",
            path,
            new TextRange(3, 5, 3, 10, 40, 46),
            "primary message",
            List.of(
                new SecondaryLocation(new TextRange(9, 21, 9, 40, 90, 109), "the key", config)));
    FileAnalysis analysis = new FileAnalysis(new SourceFile(path, ""), List.of(finding), List.of());
    ScanResult result = new ScanResult(List.of(analysis), List.of(), List.of());

    ObjectNode log = new SarifReport(dir).log(result);

    JsonNode related =
        log.path("runs").get(0).path("results").get(0).path("relatedLocations").get(0);
    assertThat(related.path("physicalLocation").path("artifactLocation").path("uri").asText())
        .isEqualTo("src/main/resources/application.yml");
    assertThat(related.path("physicalLocation").path("region").path("startLine").asInt())
        .isEqualTo(9);
    assertThat(SarifSchema.violations(log)).isEmpty();
  }

  @Test
  void outputWritesTheLogToAFile() throws Exception {
    TestSources.write(dir, "A.java", TestSources.withKey("A", PERSONAL_KEY));
    Path report = dir.resolve("out/report.sarif");

    CliRun run =
        CliRun.of(
            "-f",
            "sarif",
            "-o",
            report.toString(),
            "--source-root",
            dir.toString(),
            dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    JsonNode log = MAPPER.readTree(Files.readString(report, StandardCharsets.UTF_8));
    assertThat(log.path("runs").get(0).path("results")).hasSize(1);
  }

  private static JsonNode sarif(String... args) throws Exception {
    String[] all = new String[args.length + 2];
    all[0] = "--format";
    all[1] = "sarif";
    System.arraycopy(args, 0, all, 2, args.length);
    CliRun run = CliRun.of(all);
    assertThat(run.exitCode()).isBetween(0, 2);
    return MAPPER.readTree(run.out());
  }

  private static List<String> fingerprints(JsonNode log) {
    return log.path("runs").get(0).path("results").findValues(SarifReport.FINGERPRINT_KEY).stream()
        .map(JsonNode::asText)
        .toList();
  }
}
