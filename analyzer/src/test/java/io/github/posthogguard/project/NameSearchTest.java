package io.github.posthogguard.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameSearchTest {
  private static final String TEXT = "class Relay { String posthogApiKey; Ärger über(); }";

  @Test
  void findsANameAnywhereAsContainsWould() {
    assertThat(new NameSearch(List.of("Relay")).anyIn(TEXT)).isTrue();
    assertThat(new NameSearch(List.of("ApiKey")).anyIn(TEXT)).isTrue(); // inside an identifier
    assertThat(new NameSearch(List.of("über", "nothing")).anyIn(TEXT)).isTrue();
    assertThat(new NameSearch(List.of("posthogApiKeys", "Ärgerlich")).anyIn(TEXT)).isFalse();
    assertThat(new NameSearch(List.of("}")).anyIn(TEXT)).isTrue(); // the last character
  }

  @Test
  void namesOfOneFirstCharacterAreAllTried() {
    assertThat(new NameSearch(List.of("posthogApiKeyX", "posthogApi", "pos")).anyIn("a posthogApi"))
        .isTrue();
  }

  @Test
  void noNameIsInNoTextAndTheEmptyNameIsInEvery() {
    assertThat(new NameSearch(Set.of()).anyIn(TEXT)).isFalse();
    assertThat(new NameSearch(List.of("")).anyIn("")).isTrue();
    assertThat(new NameSearch(List.of("a")).anyIn("")).isFalse();
  }
}
