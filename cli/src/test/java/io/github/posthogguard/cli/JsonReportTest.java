package io.github.posthogguard.cli;

import static io.github.posthogguard.cli.TestSources.PERSONAL_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
  @TempDir Path dir;

  @Test
  void findingsAndSkippedFiles() throws Exception {
    TestSources.write(dir, "A.java", TestSources.withKey("A", PERSONAL_KEY));
    TestSources.write(dir, "B.java", TestSources.UNPARSABLE);

    CliRun run = CliRun.of("--format", "json", dir.toString());
    JsonNode json = new ObjectMapper().readTree(run.out());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(json.path("tool").path("name").asText()).isEqualTo("posthog-guard");
    assertThat(json.path("filesScanned").asInt()).isEqualTo(2);
    assertThat(json.path("findings")).hasSize(1);
    JsonNode finding = json.path("findings").get(0);
    assertThat(finding.path("ruleId").asText()).isEqualTo("HardcodedPostHogKey");
    assertThat(finding.path("path").asText()).isEqualTo(dir.resolve("A.java").toString());
    assertThat(finding.path("message").asText()).contains("phx_...XyNc");
    JsonNode range = finding.path("range");
    assertThat(range.path("beginLine").asInt()).isEqualTo(2);
    assertThat(range.path("beginColumn").asInt()).isEqualTo(17);
    assertThat(range.path("endLine").asInt()).isEqualTo(2);
    assertThat(range.path("endColumn").asInt()).isEqualTo(17 + PERSONAL_KEY.length() - 1);
    assertThat(range.path("endOffset").asInt() - range.path("beginOffset").asInt())
        .isEqualTo(PERSONAL_KEY.length());
    assertThat(finding.path("secondaryLocations").isArray()).isTrue();
    assertThat(json.path("skippedFiles")).hasSize(1);
    assertThat(json.path("skippedFiles").get(0).path("path").asText())
        .isEqualTo(dir.resolve("B.java").toString());
    assertThat(json.path("skippedFiles").get(0).path("message").asText())
        .contains("could not parse it");
    assertThat(json.path("unreadablePaths")).isEmpty();
  }
}
