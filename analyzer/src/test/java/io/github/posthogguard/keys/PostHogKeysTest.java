package io.github.posthogguard.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostHogKeysTest {
  private static final String PERSONAL = "phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc";
  private static final String PROJECT = "phc_0U6nMp5gr2iTwvseLX9XVV1FuymUnZSxp2hpS7zw7UN";

  @Test
  void findsASecretInsideLongerText() {
    List<KeyMatch> keys = PostHogKeys.findSecrets("Authorization: Bearer " + PERSONAL + "\n");

    assertThat(keys)
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.type()).isEqualTo(PostHogKeyType.PERSONAL_API_KEY);
              assertThat(k.key()).isEqualTo(PERSONAL);
              assertThat(k.start()).isEqualTo(22);
            });
  }

  @Test
  void theProjectKeyIsFoundButIsNoSecret() {
    assertThat(PostHogKeys.find(PROJECT))
        .singleElement()
        .extracting(KeyMatch::type)
        .isEqualTo(PostHogKeyType.PROJECT_API_KEY);
    assertThat(PostHogKeys.findSecrets(PROJECT)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {41, 42, 43, 45, 46, 47, 48, 49})
  void acceptsEveryGenerationsLength(int length) {
    assertThat(PostHogKeys.findSecrets("phs_" + randomLike(length))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {39, 40, 50, 51})
  void rejectsLengthsNoGenerationHas(int length) {
    assertThat(PostHogKeys.findSecrets("phx_" + randomLike(length))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {41, 44, 47, 49})
  void oauthTokensAcceptTheSameLengths(int length) {
    assertThat(PostHogKeys.findSecrets("pha_" + randomLike(length))).hasSize(1);
    assertThat(PostHogKeys.findSecrets("phr_" + randomLike(length))).hasSize(1);
    assertThat(PostHogKeys.findSecrets("phr_" + randomLike(length + 9))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "phx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "phx_kqzmvwnrtbplfhgdxsjcyoeiuakqzmvwnrtbplfhgd",
        "phx_KQZMVWNRTBPLFHGDXSJCYOEIUAKQZMVWNRTBPLFHGD",
        "phx_0123456789abcdefghijABCDEFGHIJabcdefghijAB",
        "phx_AbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbA",
        "phx_Zq8TestKeyLm2Wv4Rt8Yp3Mn6Bc1Zd5Fg0Hj2Kx7Qs",
        "phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc_v2",
        "xphx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc",
      })
  void skipsValuesNoKeyCanBe(String value) {
    assertThat(PostHogKeys.findSecrets(value)).isEmpty();
  }

  @Test
  void masksAsPostHogDoes() {
    assertThat(KeyMask.mask(PERSONAL)).isEqualTo("phx_...XyNc");
    assertThat(KeyMask.mask("phx_short")).isEqualTo("********");
  }

  @Test
  void redactsEveryKeyShapedRunInFreeText() {
    String text = "Parse error. Found \"" + PERSONAL + "\" and phs_" + randomLike(60);

    String redacted = KeyMask.redact(text);

    assertThat(redacted).doesNotContain(PERSONAL).contains("phx_...XyNc");
    assertThat(redacted).doesNotContainPattern("ph[xs]_[A-Za-z0-9]{5}");
  }

  @Test
  void redactsAKeyInsideALongerIdentifier() {
    String text = "The secret 'password_" + PERSONAL + "_old' reaches SLF4J info()";

    assertThat(KeyMask.redact(text))
        .isEqualTo("The secret 'password_phx_...XyNc_old' reaches SLF4J info()");
  }

  /** A body of the given length that passes the randomness checks. */
  static String randomLike(int length) {
    String alphabet = "7Kq2ZmW9xTbR4vNc8LpJ3sHd6YfG5gBk";
    StringBuilder out = new StringBuilder();
    for (int i = 0; out.length() < length; i++) {
      out.append(alphabet.charAt((i * 7 + i / alphabet.length()) % alphabet.length()));
    }
    return out.toString();
  }
}
