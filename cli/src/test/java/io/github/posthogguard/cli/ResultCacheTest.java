package io.github.posthogguard.cli;

import static io.github.posthogguard.cli.TestSources.PERSONAL_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.testing.CaseFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result cache through the real command: a run that takes its results from the cache reports
 * exactly what a run without it reports, on the whole of {@code test-cases/}, after a change to a
 * file another file depends on, after a change of options or configuration, and with a cache that
 * is corrupt, unwritable or turned off.
 */
class ResultCacheTest {
  @TempDir Path dir;

  private Path project() {
    return dir.resolve("project");
  }

  private Path cache() {
    return dir.resolve("cache");
  }

  private Path cacheFile() {
    return cache().resolve(ResultCache.FILE);
  }

  /** A run with the cache of this test, in this JVM. */
  private CliRun cached(String... args) {
    List<String> all =
        new ArrayList<>(List.of("--threads", "2", "--cache-dir", cache().toString()));
    all.addAll(List.of(args));
    all.add(project().toString());
    return CliRun.of(all.toArray(String[]::new));
  }

  private CliRun cold(String... args) {
    List<String> all = new ArrayList<>(List.of("--threads", "2", "--no-cache"));
    all.addAll(List.of(args));
    all.add(project().toString());
    return CliRun.of(all.toArray(String[]::new));
  }

  @Test
  void aCachedRunOfEveryTestCaseReportsWhatAColdRunReports() throws IOException {
    copy(CaseFile.root(), project());
    CliRun cold = cold("-f", "sarif");
    CliRun json = cold("-f", "json");

    CliRun first = cached("-f", "sarif");
    byte[] written = Files.readAllBytes(cacheFile());
    FileTime writtenAt = Files.getLastModifiedTime(cacheFile());
    CliRun second = cached("-f", "sarif");
    CliRun secondJson = cached("-f", "json");
    CliRun text = cached();

    assertThat(cold.exitCode()).isEqualTo(1);
    assertThat(cold.out()).contains("\"ruleId\"");
    for (CliRun run : List.of(first, second)) {
      assertThat(run.out()).isEqualTo(cold.out());
      assertThat(run.err()).isEqualTo(cold.err());
      assertThat(run.exitCode()).isEqualTo(cold.exitCode());
    }
    assertThat(secondJson.out()).isEqualTo(json.out());
    assertThat(text.out()).isEqualTo(cold().out());
    // every result came from the cache: nothing new to keep, nothing left unused
    assertThat(Files.readAllBytes(cacheFile())).isEqualTo(written);
    assertThat(Files.getLastModifiedTime(cacheFile())).isEqualTo(writtenAt);
  }

  @Test
  void aChangeToOneFileChangesTheFindingsOfAnotherFileThatReadsIt() throws IOException {
    copy(CaseFile.root().resolve("SecretToLog/GetterOfAnotherFile"), project());
    Path settings = project().resolve("app/SigningSettings.java");
    CliRun before = cached();
    assertThat(before.findingLines())
        .singleElement()
        .asString()
        .contains("WebhookClient.java:11:", "SecretToLog");

    // the getter now returns a display name: the other file's log line holds no secret
    replace(settings, "webhook.signing-secret", "webhook.display-name");
    CliRun innocent = cached();
    assertThat(innocent.exitCode()).as(innocent.out()).isZero();
    assertThat(innocent.out()).isEqualTo(cold().out());

    // and back: the finding returns, from the cache's entries of both files
    replace(settings, "webhook.display-name", "webhook.signing-secret");
    assertThat(cached().out()).isEqualTo(before.out());
  }

  @Test
  void aChangeToAFileOfTheSameSizeAndAnOldTimeIsSeen() throws IOException {
    copy(CaseFile.root().resolve("SecretToLog/GetterOfAnotherFile"), project());
    Path settings = project().resolve("app/SigningSettings.java");
    CliRun before = cached();
    byte[] written = Files.readAllBytes(cacheFile());
    // older than a few seconds, the files' stamps (size, time, identity) stand for their texts
    assertThat(cached().out()).isEqualTo(before.out());
    assertThat(Files.readAllBytes(cacheFile())).isEqualTo(written);

    replace(settings, "webhook.signing-secret", "webhook.public-display");
    Files.setLastModifiedTime(settings, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    CliRun innocent = cached();

    assertThat(innocent.exitCode()).as(innocent.out()).isZero();
    assertThat(innocent.out()).isEqualTo(cold().out());
    assertThat(before.findingLines()).singleElement().asString().contains("SecretToLog");
  }

  @Test
  void aRunThatReadsNoFileTellsWhatReadingThemToldLastTime() throws IOException {
    write("src/Kept.java", TestSources.withKey("Kept", PERSONAL_KEY));
    Files.write(
        project().resolve("src/Legacy.java"),
        ("/* D\u00e9j\u00e0 vu */\n" + TestSources.withKey("Legacy", PERSONAL_KEY))
            .getBytes(StandardCharsets.ISO_8859_1));
    Files.write(project().resolve("src/Packed.java"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    Files.writeString(
        project().resolve("src/Huge.java"), "class Huge {}\n" + "//\n".repeat(400_000));
    try (Stream<Path> files = Files.walk(project())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
      }
    }
    CliRun cold = cold("--max-file-size", "1", "-f", "json");

    CliRun first = cached("--max-file-size", "1", "-f", "json");
    CliRun second = cached("--max-file-size", "1", "-f", "json");

    assertThat(cold.out()).contains("ISO-8859-1", "\"binary\": 1", "\"tooLarge\": 1");
    assertThat(first.out()).isEqualTo(cold.out());
    assertThat(second.out()).isEqualTo(cold.out());
    assertThat(second.err()).isEqualTo(cold.err());
  }

  @Test
  void aChangeToAConfigurationFileThatJavaCodeReadsIsSeen() throws IOException {
    copy(CaseFile.root().resolve("SecretToLog/TokenWrittenPublicInConfig"), project());
    Path yaml = project().resolve("src/main/resources/application.yml");
    CliRun publicKey = cached();
    assertThat(publicKey.exitCode()).as(publicKey.out()).isZero();

    replace(yaml, "phc_R7vKp2XwQ9mLt4ZsB8nYc3HdJ6fGa5EuTq1Wk0oVb3Nm", PERSONAL_KEY);
    CliRun personalKey = cached();

    assertThat(personalKey.out()).isEqualTo(cold().out());
    assertThat(personalKey.findingLines())
        .anySatisfy(l -> assertThat(l).contains("AnalyticsStartup.java:17:", "SecretToLog"));
  }

  @Test
  void aChangedOptionIsNotAnsweredFromTheCache() throws IOException {
    write(
        "app/Pins.java",
        """
        package app;

        import org.slf4j.Logger;
        import org.slf4j.LoggerFactory;

        class Pins {
          private static final Logger log = LoggerFactory.getLogger(Pins.class);

          void show(String cardPin) {
            log.info("pin {}", cardPin);
          }
        }
        """);
    CliRun without = cached();
    CliRun with = cached("--option", "secretWords=pin");

    assertThat(without.exitCode()).as(without.out()).isZero();
    assertThat(with.out()).isEqualTo(cold("--option", "secretWords=pin").out());
    assertThat(with.findingLines()).singleElement().asString().contains("Pins.java:10:");
    assertThat(cached().out()).isEqualTo(without.out());
  }

  @Test
  void aCorruptCacheIsIgnored() throws IOException {
    copy(CaseFile.root().resolve("SecretToLog"), project());
    String expected = cold().out();
    cached();
    byte[] bytes = Files.readAllBytes(cacheFile());

    List<byte[]> corruptions = new ArrayList<>();
    byte[] flipped = bytes.clone();
    flipped[bytes.length / 2] ^= 0x5A;
    corruptions.add(flipped);
    corruptions.add(java.util.Arrays.copyOf(bytes, bytes.length / 3));
    corruptions.add("not a cache at all".getBytes(StandardCharsets.UTF_8));
    corruptions.add(new byte[0]);
    for (byte[] corrupt : corruptions) {
      Files.write(cacheFile(), corrupt);
      CliRun run = cached();
      assertThat(run.out()).isEqualTo(expected);
      assertThat(run.err()).isEmpty();
      // rewritten whole: the next run finds it sound again
      assertThat(Files.readAllBytes(cacheFile())).hasSize(bytes.length);
    }
  }

  @Test
  void anUnwritableCacheLeavesTheRunAsItWasWithOneNotice() throws IOException {
    copy(CaseFile.root().resolve("SecretToLog/GetterOfAnotherFile"), project());
    Files.writeString(dir.resolve("a-file"), "a file, not a folder");
    String expected = cold().out();

    CliRun run =
        CliRun.of("--cache-dir", dir.resolve("a-file/cache").toString(), project().toString());

    assertThat(run.out()).isEqualTo(expected);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .contains("note:", "cannot write the result cache");
  }

  @Test
  void theCacheHoldsOnlyTheFilesOfTheLastRun() throws IOException {
    write("src/Kept.java", TestSources.withKey("Kept", PERSONAL_KEY));
    write("src/RemovedLater.java", TestSources.withKey("RemovedLater", PERSONAL_KEY));
    cached();
    assertThat(Files.readString(cacheFile(), StandardCharsets.ISO_8859_1))
        .contains("RemovedLater.java");

    Files.delete(project().resolve("src/RemovedLater.java"));
    CliRun run = cached();

    assertThat(run.findingLines()).singleElement().asString().contains("Kept.java");
    assertThat(Files.readString(cacheFile(), StandardCharsets.ISO_8859_1))
        .contains("Kept.java")
        .doesNotContain("RemovedLater.java");
  }

  @Test
  void theDefaultCacheIsInTheWorkingDirectoryIgnoredByGitAndNeverScanned() throws Exception {
    copy(CaseFile.root().resolve("SecretToLog/GetterOfAnotherFile"), project());
    Path defaultCache = project().resolve(ResultCache.DEFAULT_FOLDER);

    Process first = runIn(project(), "-f", "json", ".");
    String firstReport = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
    Process second = runIn(project(), "-f", "json", ".");
    String secondReport =
        new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(first.exitValue()).isEqualTo(1);
    assertThat(secondReport).isEqualTo(firstReport).doesNotContain(ResultCache.DEFAULT_FOLDER);
    assertThat(defaultCache.resolve(ResultCache.FILE)).isRegularFile();
    assertThat(defaultCache.resolve(".gitignore")).content().contains("*");
    assertThat(defaultCache.resolve("CACHEDIR.TAG")).content().startsWith("Signature: ");
  }

  @Test
  void aCacheFolderOfAnotherNameInsideTheTreeIsNotScannedEither() throws IOException {
    copy(CaseFile.root().resolve("SecretToLog/GetterOfAnotherFile"), project());
    Path inside = project().resolve("tmp-results");
    CliRun first = CliRun.of("--cache-dir", inside.toString(), project().toString());
    CliRun second = CliRun.of("--cache-dir", inside.toString(), project().toString());

    assertThat(inside.resolve(ResultCache.FILE)).isRegularFile();
    assertThat(second.out()).isEqualTo(first.out()).contains(" of 2 files");
  }

  @Test
  void noCacheWritesNothing() throws Exception {
    copy(CaseFile.root().resolve("SecretToLog/GetterOfAnotherFile"), project());

    Process run = runIn(project(), "--no-cache", ".");
    run.getInputStream().readAllBytes();
    assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(run.exitValue()).isEqualTo(1);
    assertThat(project().resolve(ResultCache.DEFAULT_FOLDER)).doesNotExist();
    assertThat(CliRun.of("--no-cache", "--cache-dir", "x", ".").exitCode()).isEqualTo(2);
  }

  /** The command in a JVM of its own, in {@code folder}: the cache's default place is there. */
  private static Process runIn(Path folder, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(folder.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private void write(String relative, String text) throws IOException {
    Path file = project().resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  /**
   * Copies a tree with its files a day old, as a checkout is: their stamps are trusted ({@link
   * ProjectScanner}), what a run takes from the cache does not depend on how fast the test runs.
   */
  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
          Files.setLastModifiedTime(target, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
