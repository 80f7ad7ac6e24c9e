package io.github.posthogguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's own model file ({@code --option models=FILE}) adds rows to the built-in models: a
 * logging API and a secret source of its own are followed like the built-in ones, and nothing
 * changes without it.
 */
class TeamModelFilesTest {
  @TempDir Path dir;

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void aTeamsModelFileAddsItsSourcesAndSinks() throws IOException {
    write(
        "src/main/java/com/acme/billing/Settlement.java",
        """
        package com.acme.billing;

        import com.acme.audit.AuditTrail;
        import com.acme.vault.Vault;

        class Settlement {
          private final AuditTrail audit = new AuditTrail();

          void settle(Vault vault, String invoice) {
            String credential = vault.fetch("acquirer");
            audit.record("settling " + invoice + " with " + credential);
            audit.record("settling " + invoice);
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

    CliRun without = CliRun.of("--no-cache", "--threads", "1", dir.resolve("src").toString());
    CliRun with =
        CliRun.of(
            "--no-cache",
            "--threads",
            "1",
            "--option",
            "models=" + model,
            dir.resolve("src").toString());

    assertThat(without.findingLines()).isEmpty();
    assertThat(with.findingLines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains("Settlement.java:11:")
                    .contains("SecretToLog")
                    .contains("The credential from fetch() reaches the audit trail record()"));
  }

  @Test
  void aModelFileThatCannotBeReadIsNamedWithItsReason() throws IOException {
    Path model = write("broken.yml", "logSinks:\n  - {type: com.acme.Audit, colour: blue}\n");
    write("src/A.java", "class A {}\n");

    CliRun run =
        CliRun.of("--no-cache", "--option", "models=" + model, dir.resolve("src").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("option models").contains("broken.yml:2").contains("colour");
  }

  @Test
  void anAttributeOfFewWordsNamesTheWordsItTakes() throws IOException {
    Path model =
        write(
            "chats.yml",
            "clientSinks:\n"
                + "  - {type: com.acme.Bot, methods: say, args: \"0\", audience: chats, label: x}\n");
    write("src/A.java", "class A {}\n");

    CliRun run =
        CliRun.of("--no-cache", "--option", "models=" + model, dir.resolve("src").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("chats.yml:2")
        .contains("audience 'chats' is none of browser, chat");
  }
}
