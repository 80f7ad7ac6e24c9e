package io.github.posthogguard.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.errorprone.testing.ErrorProneCompilation;
import io.github.posthogguard.errorprone.testing.ErrorProneCompilation.Reported;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

  @Test
  void aTeamModelFileAddsItsRowsAndOneThatCannotBeReadIsNamed() throws IOException {
    Path trail =
        write(
            "com/acme/audit/AuditTrail.java",
            "package com.acme.audit;\npublic class AuditTrail { public void record(String m) {} }\n");
    Path vault =
        write(
            "com/acme/vault/Vault.java",
            "package com.acme.vault;\npublic class Vault { public String fetch(String n) { return n; } }\n");
    Path code =
        write(
            "Settlement.java",
            """
        import com.acme.audit.AuditTrail;
        import com.acme.vault.Vault;
        class Settlement {
          void settle(Vault vault, AuditTrail audit) {
            audit.record("with " + vault.fetch("acquirer"));
          }
        }
        """);
    Path model =
        write(
            "acme-models.yml",
            """
            logSinks:
              - {type: com.acme.audit.AuditTrail, methods: record, args: "0", label: the audit trail}
            sources:
              - {type: com.acme.vault.Vault, methods: fetch, kind: password}
            """);
    Path broken =
        write("broken.yml", "logSinks:\n  - {type: com.acme.audit.AuditTrail, colour: blue}\n");
    List<Path> files = List.of(trail, vault, code);

    var plain = ErrorProneCompilation.compile(files, List.of("SecretToLog"));
    var modelled =
        ErrorProneCompilation.compile(
            files, List.of("SecretToLog"), "-XepOpt:PostHogGuard:models=" + model);
    PrintStream stderr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    ErrorProneCompilation.Result misconfigured;
    try {
      System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
      misconfigured =
          ErrorProneCompilation.compile(
              files, List.of("SecretToLog"), "-XepOpt:PostHogGuard:models=" + broken);
    } finally {
      System.setErr(stderr);
    }

    assertThat(plain.diagnostics()).isEmpty();
    assertThat(modelled.diagnostics()).extracting(Reported::line).containsExactly(5L);
    // a check never fails the compilation: each file is skipped with the model file's error
    assertThat(misconfigured.success()).isTrue();
    assertThat(misconfigured.diagnostics()).isEmpty();
    assertThat(warnings.toString(StandardCharsets.UTF_8))
        .contains("option models")
        .contains("broken.yml:2")
        .contains("colour");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
