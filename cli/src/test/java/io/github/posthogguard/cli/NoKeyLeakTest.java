package io.github.posthogguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.rules.Rules;
import io.github.posthogguard.testing.CaseFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No output of the tool, in any format or stream, holds a key or a key's body. */
class NoKeyLeakTest {
  private static final Pattern KEY_SHAPED = Pattern.compile("ph[a-z]_[A-Za-z0-9]{12,}");

  @TempDir Path dir;

  @Test
  void noOutputHoldsAKeyFromTheScannedFiles() throws Exception {
    TestSources.write(dir, "src/B.java", TestSources.UNPARSABLE);
    TestSources.write(dir, "src/C.java", TestSources.withKey("C", TestSources.SECRET_KEY));
    Set<String> secrets = TestSources.secretsUnder(CaseFile.root());
    secrets.addAll(TestSources.secretsUnder(dir));
    assertThat(secrets).contains(TestSources.PERSONAL_KEY.substring(4));

    List<String> outputs = new ArrayList<>();
    for (String format : new String[] {"text", "json", "sarif"}) {
      CliRun run =
          CliRun.of("-f", format, CaseFile.root().toString(), dir.resolve("src").toString());
      outputs.add(run.out());
      outputs.add(run.err());
      Path file = dir.resolve("report." + format);
      CliRun toFile =
          CliRun.of(
              "-f",
              format,
              "-o",
              file.toString(),
              CaseFile.root().toString(),
              dir.resolve("src").toString());
      outputs.add(toFile.out());
      outputs.add(toFile.err());
      outputs.add(Files.readString(file, StandardCharsets.UTF_8));
    }
    for (var rule : Rules.all()) {
      outputs.add(CliRun.of("--explain", rule.id()).out());
    }
    outputs.add(CliRun.of("--list-rules").out());

    for (String output : outputs) {
      assertThat(KEY_SHAPED.matcher(output).find())
          .as("a key-shaped string in %s", output)
          .isFalse();
      for (String secret : secrets) {
        assertThat(output).doesNotContain(secret);
      }
    }
  }
}
