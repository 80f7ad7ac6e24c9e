package io.github.posthogguard.cli;

import static io.github.posthogguard.cli.TestSources.PERSONAL_KEY;
import static io.github.posthogguard.cli.TestSources.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseFailureTest {
  @TempDir Path dir;

  @Test
  void aFileJavaParserCannotParseIsReportedOnceAndTheNextFileIsStillAnalyzed() {
    TestSources.write(dir, "B.java", TestSources.UNPARSABLE);
    TestSources.write(dir, "C.java", TestSources.withKey("C", SECRET_KEY));
    String unparsable = dir.resolve("B.java").toString();

    for (String threads : new String[] {"1", "4"}) {
      CliRun run = CliRun.of("--threads", threads, dir.toString());

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err().lines())
          .singleElement()
          .asString()
          .startsWith("posthog-guard: skipped " + unparsable + ": could not parse it (line 3");
      assertThat(run.findingLines())
          .singleElement()
          .asString()
          .startsWith(dir.resolve("C.java") + ":2:17  HardcodedPostHogKey");
      assertThat(run.out()).doesNotContain(unparsable);
      assertThat(run.summary()).endsWith("; 1 file skipped or not parsed (see stderr)");
      assertThat(run.out() + run.err()).doesNotContain(PERSONAL_KEY, SECRET_KEY);
    }
  }

  @Test
  void aSkippedFileAloneDoesNotChangeTheExitCode() {
    TestSources.write(dir, "B.java", TestSources.UNPARSABLE);

    CliRun run = CliRun.of(dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains(dir.resolve("B.java").toString());
  }
}
