package io.github.posthogguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allow comments of files that are not Java: {@code #} and {@code <!-- -->}. */
class InlineAllowTest {
  private static Finding at(int line, String ruleId) {
    return new Finding(ruleId, "f", new TextRange(line, 1, line, 5, 0, 4), "m", List.of());
  }

  @Test
  void hashCommentsOnTheLineAndAloneBefore() {
    InlineAllow allows =
        InlineAllow.of(
            "posthog:\n"
                + "  # posthog-guard:allow revoked, kept for the demo\n"
                + "  personal-api-key: phx_x\n"
                + "  secret: phs_y # posthog-guard:allow HardcodedPostHogKey test fixture\n"
                + "  other: phx_z\n");

    assertThat(allows.allows(at(3, "HardcodedPostHogKey"))).isTrue();
    assertThat(allows.allows(at(4, "HardcodedPostHogKey"))).isTrue();
    assertThat(allows.allows(at(4, "PostHogKeyMisuse"))).as("narrowed to one rule").isFalse();
    assertThat(allows.allows(at(5, "HardcodedPostHogKey"))).isFalse();
    assertThat(allows.unusedLines()).isEmpty();
  }

  @Test
  void xmlComments() {
    InlineAllow allows =
        InlineAllow.of(
            "<config>\n"
                + "  <!-- posthog-guard:allow the sandbox key -->\n"
                + "  <key>phx_x</key>\n"
                + "  <key>phx_y</key> <!-- posthog-guard:allow -->\n"
                + "</config>\n");

    assertThat(allows.allows(at(3, "HardcodedPostHogKey"))).isTrue();
    assertThat(allows.allows(at(4, "HardcodedPostHogKey"))).isTrue();
  }

  @Test
  void theMarkerOutsideACommentAllowsNothing() {
    InlineAllow allows = InlineAllow.of("key: phx_x posthog-guard:allow\n");

    assertThat(allows.allows(at(1, "HardcodedPostHogKey"))).isFalse();
  }

  @Test
  void unusedCommentsAreTold() {
    InlineAllow allows = InlineAllow.of("a: 1\n# posthog-guard:allow nothing left here\nb: 2\n");

    assertThat(allows.allows(at(1, "HardcodedPostHogKey"))).isFalse();
    assertThat(allows.unusedLines()).containsExactly(2);
  }
}
