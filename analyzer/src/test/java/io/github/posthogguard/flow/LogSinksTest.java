package io.github.posthogguard.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.rules.SecretToLog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Logging APIs whose jars the case files cannot compile against here (Android and Timber ship as
 * AARs), and the options a team adds; the analyzer alone reads them.
 */
class LogSinksTest {

  private static List<Integer> lines(String source, FlowOptions options) {
    return new Analyzer(List.of(new SecretToLog(options)))
        .analyze(new SourceFile("T.java", source)).findings().stream().map(Finding::line).toList();
  }

  @Test
  void androidLogAndTimber() {
    String source =
        """
        import android.util.Log;
        import timber.log.Timber;
        class T {
          void m(String token) {
            Log.d("TAG", "token " + token);
            Timber.e("token %s", token);
            Timber.tag("TAG").w(token);
            Log.d("TAG", "length " + token.length());
          }
        }
        """;
    assertThat(lines(source, FlowOptions.NONE)).containsExactly(5, 6, 7);
  }

  @Test
  void floggerAndTinylog() {
    String source =
        """
        import com.google.common.flogger.FluentLogger;
        import org.tinylog.Logger;
        class T {
          private static final FluentLogger flogger = FluentLogger.forEnclosingClass();
          void m(String password) {
            flogger.atInfo().log("password %s", password);
            Logger.info("password {}", password);
            flogger.atInfo().withCause(new RuntimeException()).log("no secret");
          }
        }
        """;
    assertThat(lines(source, FlowOptions.NONE)).containsExactly(6, 7);
  }

  @Test
  void teamsAddSecretWordsSourcesLoggersAndSanitizers() {
    String source =
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
        """;
    FlowOptions found =
        new FlowOptions(
            Set.of("pin"), Set.of("fetchVaultValue"), Set.of("com.acme.AuditLog"), Set.of());
    FlowOptions sanitized =
        new FlowOptions(
            Set.of("pin"),
            Set.of("fetchVaultValue"),
            Set.of("com.acme.AuditLog"),
            Set.of("shownPin"));
    FlowOptions noSource =
        new FlowOptions(Set.of("pin"), Set.of(), Set.of("com.acme.AuditLog"), Set.of());
    assertThat(lines(source, FlowOptions.NONE)).isEmpty();
    assertThat(lines(source, noSource)).containsExactly(6, 8);
    assertThat(lines(source, found)).containsExactly(6, 7, 8);
    assertThat(lines(source, sanitized)).containsExactly(6, 7);
  }
}
