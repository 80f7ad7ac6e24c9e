package io.github.posthogguard.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.errorprone.testing.ErrorProneCompilation;
import io.github.posthogguard.errorprone.testing.ErrorProneCompilation.Reported;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's own secret words, sources, loggers and sanitizers, as -XepOpt:PostHogGuard flags. */
class OptionsFlagsTest {
  @TempDir Path dir;

  @Test
  void flagsAddLoggersSecretWordsSourcesAndSanitizers() throws IOException {
    Path logger =
        write(
            "com/acme/AuditLog.java",
            "package com.acme;\npublic class AuditLog { public void record(String message) {} }\n");
    Path code =
        write(
            "Payments.java",
            """
        import com.acme.AuditLog;
        class Payments {
          private final AuditLog audit = new AuditLog();
          private final String cardPin = System.getenv("CARD_PIN");
          void pay() {
            audit.record("pin " + cardPin);
            audit.record("vault " + fetchVaultValue());
            audit.record("pin " + shownPin());
          }
          String fetchVaultValue() { return "s"; }
          String shownPin() { return cardPin.replaceAll("[0-9]", "*"); }
        }
        """);
    List<Path> files = List.of(logger, code);

    var plain = ErrorProneCompilation.compile(files, List.of("SecretToLog"));
    String[] flags = {
      "-XepOpt:PostHogGuard:loggerTypes=com.acme.AuditLog",
      "-XepOpt:PostHogGuard:secretWords=pin",
      "-XepOpt:PostHogGuard:secretSources=fetchVaultValue"
    };
    var configured = ErrorProneCompilation.compile(files, List.of("SecretToLog"), flags);
    var sanitized =
        ErrorProneCompilation.compile(
            files,
            List.of("SecretToLog"),
            flags[0],
            flags[1],
            flags[2],
            "-XepOpt:PostHogGuard:sanitizers=shownPin");

    assertThat(plain.diagnostics()).isEmpty();
    assertThat(configured.diagnostics()).extracting(Reported::line).containsExactly(6L, 7L, 8L);
    assertThat(sanitized.diagnostics()).extracting(Reported::line).containsExactly(6L, 7L);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
