package io.github.posthogguard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogguard.options.GuardOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuardOptionsTest {

  @Test
  void parsesCommaSeparatedLists() {
    FlowOptions options =
        GuardOptions.parse(
            Map.of(
                "secretWords",
                " PIN, cvv ,",
                "secretSources",
                "readVaultSecret",
                "loggerTypes",
                "com.acme.AuditLog",
                "sanitizers",
                "scrub,blur"));

    assertThat(options.secretWords()).containsExactlyInAnyOrder("pin", "cvv");
    assertThat(options.sourceMethods()).containsExactly("readVaultSecret");
    assertThat(options.loggerTypes()).containsExactly("com.acme.AuditLog");
    assertThat(options.sanitizerMethods()).containsExactlyInAnyOrder("scrub", "blur");
    assertThat(GuardOptions.parse(Map.of())).isEqualTo(FlowOptions.NONE);
  }

  @Test
  void anUnknownKeyNamesTheKnownOnes() {
    assertThatThrownBy(() -> GuardOptions.parse(Map.of("secretWord", "pin")))
        .hasMessageContaining("'secretWord'")
        .hasMessageContaining("secretWords, secretSources, loggerTypes, sanitizers");
  }
}
