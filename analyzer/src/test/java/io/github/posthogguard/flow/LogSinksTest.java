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
    return new Analyzer(List.of(new SecretToLog(options))).analyze(new SourceFile("T.java", source))
        .findings().stream().map(Finding::line).toList();
  }

  @Test
  void androidLogAndTimber() {
    String source = """
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
    String source = """
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
    String source = """
        import com.acme.AuditLog;
        class T {
          private final AuditLog audit = new AuditLog();
          void m(String cardPin, Vault vault) {
            audit.record("pin " + cardPin);
            audit.record("vault " + vault.readSecretValue());
            audit.record("pin " + scrubIt(cardPin));
          }
        }
        """;
    FlowOptions options =
        new FlowOptions(Set.of("pin"), Set.of("readSecretValue"), Set.of("com.acme.AuditLog"), Set.of("scrubIt"));
    assertThat(lines(source, FlowOptions.NONE)).isEmpty();
    assertThat(lines(source, options)).containsExactly(5, 6);
  }
}
