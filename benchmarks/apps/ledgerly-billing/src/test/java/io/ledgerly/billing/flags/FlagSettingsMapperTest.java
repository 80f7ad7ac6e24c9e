package io.ledgerly.billing.flags;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerly.billing.config.PostHogProperties;
import org.junit.jupiter.api.Test;

class FlagSettingsMapperTest {

  private static final PostHogProperties PROPS =
      new PostHogProperties(
          "phc_test_project_key", "phx_test_personal_api_key", "https://eu.i.posthog.com", "https://eu.posthog.com", 1L, false);

  @Test
  void maskedDtoShowsOnlyPrefixAndLastFour() {
    FlagSettingsDto dto = FlagSettingsMapper.toMaskedDto(PROPS);
    assertThat(dto.personalApiKey()).isEqualTo("phx_..._key");
    assertThat(dto.localEvaluation()).isTrue();
  }

  @Test
  void fullDtoKeepsKey() {
    assertThat(FlagSettingsMapper.toDto(PROPS).personalApiKey()).startsWith("phx_");
  }
}
