package io.github.posthogguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's own secret words, sources, loggers and sanitizers, by --option or --config. */
class TeamOptionsTest {
  @TempDir Path dir;
  private Path code;

  @BeforeEach
  void writeCode() throws IOException {
    code = dir.resolve("Payments.java");
    Files.writeString(
        code,
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
  }

  @Test
  void withoutOptionsNothingIsFound() {
    assertThat(CliRun.of(code.toString()).exitCode()).isEqualTo(0);
  }

  @Test
  void optionsOnTheCommandLine() {
    CliRun run =
        CliRun.of(
            "--option",
            "loggerTypes=com.acme.AuditLog",
            "--option",
            "secretWords=pin",
            "--option",
            "secretSources=fetchVaultValue",
            "--option",
            "sanitizers=shownPin",
            code.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.findingLines())
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("  SecretToLog  "))
        .anySatisfy(l -> assertThat(l).contains("Payments.java:6:"))
        .anySatisfy(l -> assertThat(l).contains("Payments.java:7:"));
  }

  @Test
  void optionsFromAConfigFileAndTheCommandLineWins() throws IOException {
    Path config = dir.resolve("posthog-guard.properties");
    Files.writeString(
        config, "loggerTypes=com.acme.AuditLog\nsecretWords=pin\nsanitizers=shownPin\n");

    assertThat(CliRun.of("--config", config.toString(), code.toString()).findingLines()).hasSize(1);
    assertThat(
            CliRun.of("--config", config.toString(), "--option", "sanitizers=", code.toString())
                .findingLines())
        .hasSize(2);
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun run = CliRun.of("--option", "secretWord=pin", code.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown PostHog Guard option 'secretWord'", "secretWords");
  }

  @Test
  void anUnreadableConfigIsAUsageError() {
    CliRun run =
        CliRun.of("--config", dir.resolve("missing.properties").toString(), code.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read --config");
  }
}
