package io.github.posthogguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command reads every text file under its paths: config files in their formats, and what it
 * leaves out (binary, oversized, excluded, ignored by git) is counted, never a crash.
 */
class AllTextFilesTest {
  private static final String KEY = TestSources.PERSONAL_KEY;

  @TempDir Path dir;

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void configFilesAreReadInTheirFormats() throws IOException {
    write("src/main/resources/application.yml", "posthog:\n  personal-api-key: " + KEY + "\n");
    write(".env.local", "NEXT_PUBLIC_POSTHOG_KEY=" + KEY + "\n");
    write("docs/README.md", "Use `" + KEY + "`.\n");

    CliRun run = CliRun.of("--threads", "1", dir.toString());

    assertThat(run.findingLines())
        .extracting(
            l -> l.substring(dir.toString().length() + 1, l.indexOf("  ")) + " " + l.split("  ")[1])
        .containsExactly(
            ".env.local:1:25 HardcodedPostHogKey",
            ".env.local:1:25 PostHogKeyClientExposure",
            ".env.local:1:25 PostHogKeyMisuse",
            "docs/README.md:1:6 HardcodedPostHogKey",
            "src/main/resources/application.yml:2:21 HardcodedPostHogKey");
    assertThat(run.out()).doesNotContain(KEY);
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void binaryAndOversizedFilesAreCountedNotRead() throws IOException {
    Path binary = dir.resolve("logo.png");
    Files.write(binary, ("\u0089PNG\r\n\u001a\n\0\0" + KEY).getBytes(StandardCharsets.ISO_8859_1));
    Path log = dir.resolve("logs/server.txt");
    Files.createDirectories(log.getParent());
    try (OutputStream out = Files.newOutputStream(log)) {
      byte[] line = "2026-12-02 INFO request served\n".getBytes(StandardCharsets.US_ASCII);
      for (int written = 0; written < 50 * 1024 * 1024; written += line.length) {
        out.write(line);
      }
      out.write((KEY + "\n").getBytes(StandardCharsets.US_ASCII));
    }
    write("app.properties", "posthog.personal-api-key=" + KEY + "\n");

    CliRun run = CliRun.of(dir.toString());
    CliRun larger = CliRun.of("--max-file-size", "60", dir.toString());

    assertThat(run.findingLines()).hasSize(1).allMatch(l -> l.contains("app.properties:1:"));
    assertThat(run.summary()).endsWith("; not scanned: 1 binary, 1 larger than 10 MB");
    assertThat(run.err()).isEmpty();
    assertThat(larger.findingLines()).hasSize(2);
    assertThat(larger.summary()).endsWith("; not scanned: 1 binary");
  }

  @Test
  void defaultAndGivenExcludesLeaveFoldersOut() throws IOException {
    write("node_modules/lib/config.json", "{\"k\": \"" + KEY + "\"}\n");
    write("target/classes/application.yml", "k: " + KEY + "\n");
    write("dist/bundle.min.js", "var k='" + KEY + "';\n");
    write("docs/old/notes.md", KEY + "\n");
    write("src/app.min.js", "var k='" + KEY + "';\n");
    write("src/config.yml", "k: " + KEY + "\n");

    CliRun run =
        CliRun.of(
            "--exclude", "dist/", "--exclude", "*.min.js", "--exclude", "docs/**", dir.toString());

    assertThat(run.findingLines())
        .singleElement()
        .satisfies(l -> assertThat(l).contains("src/config.yml:1:"));
  }

  @Test
  void untrackedFilesGitIgnoresAreLeftOutUnlessAsked() throws Exception {
    git("init", "-q");
    write(".gitignore", ".env\nsecrets/\n");
    write(".env", "POSTHOG_PERSONAL_API_KEY=" + KEY + "\n");
    write("secrets/prod.yml", "key: " + KEY + "\n");
    write("committed.env", "POSTHOG_PERSONAL_API_KEY=" + KEY + "\n");
    git("add", ".gitignore", "committed.env");
    // Committed before it was ignored: it is in the history, so it is reported.
    write(".gitignore", ".env\nsecrets/\ncommitted.env\n");

    CliRun run = CliRun.of(dir.toString());
    CliRun all = CliRun.of("--include-ignored", dir.toString());

    assertThat(run.findingLines())
        .singleElement()
        .satisfies(l -> assertThat(l).contains("committed.env:1:"));
    assertThat(run.summary()).endsWith("; not scanned: 2 ignored by git");
    assertThat(all.findingLines()).hasSize(3);
  }

  @Test
  void aFileThatIsNotUtf8IsReadWithOneNote() throws IOException {
    Path latin1 = dir.resolve("legacy.properties");
    Files.write(
        latin1,
        ("# caf\u00e9\nposthog.personal-api-key=" + KEY + "\n")
            .getBytes(StandardCharsets.ISO_8859_1));

    CliRun run = CliRun.of(dir.toString());

    assertThat(run.findingLines())
        .singleElement()
        .satisfies(l -> assertThat(l).contains("legacy.properties:2:"));
    assertThat(run.err().lines())
        .singleElement()
        .satisfies(l -> assertThat(l).contains("not valid UTF-8"));
  }

  @Test
  void aSymbolicLinkLoopIsOneNoteAndTheRestIsScanned() throws IOException {
    write("conf/app.yml", "k: " + KEY + "\n");
    Files.createSymbolicLink(dir.resolve("conf/loop"), dir.resolve("conf"));

    CliRun run = CliRun.of(dir.toString());

    assertThat(run.findingLines()).hasSize(1);
    assertThat(run.err().lines()).singleElement().satisfies(l -> assertThat(l).contains("loop"));
  }

  private void git(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
  }
}
