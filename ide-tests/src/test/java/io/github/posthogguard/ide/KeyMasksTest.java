package io.github.posthogguard.ide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyMasksTest {

  @Test
  void acceptsMessagesThatShowKeysMaskedOnly() {
    assertThat(
            KeyMasks.badlyMasked(
                List.of(
                    "Hard-coded PostHog personal API key phx_...G8hW: rotate it",
                    "Hard-coded PostHog OAuth refresh token phr_...XdTC: rotate it")))
        .isEmpty();
  }

  @Test
  void rejectsMessagesWithAKeyOrWithoutAMask() {
    String whole = "key phx_CbPmQgTTNqMtCQgdZKW7uzpxYJChCLYK7z8pSvVkXYGZG8hW leaked";
    String body = "key phx_...G8hW, body CbPmQgTTNqMtCQgdZKW7uzpxYJChCLYK7z8pSvVkXYGZG8hW";
    String noMask = "Hard-coded PostHog key: rotate it";
    assertThat(KeyMasks.badlyMasked(List.of(whole, body, noMask)))
        .containsExactly(whole, body, noMask);
  }

  @Test
  void aMessageThatNamesNoKeyNeedsNoMaskButMayShowNone() {
    String noKey = "PostHog debug logging prints the personal API key: turn debug off";
    String whole = "debug prints phx_CbPmQgTTNqMtCQgdZKW7uzpxYJChCLYK7z8pSvVkXYGZG8hW";
    assertThat(KeyMasks.showingAKey(List.of(noKey, whole))).containsExactly(whole);
  }
}
