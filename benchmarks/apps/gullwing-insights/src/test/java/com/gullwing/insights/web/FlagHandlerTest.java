package com.gullwing.insights.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.gullwing.insights.config.PostHogProperties;
import com.gullwing.insights.service.KeyMasker;
import org.junit.jupiter.api.Test;

class FlagHandlerTest {

  private static final String FAKE_PERSONAL_KEY = "phx_test_personal_api_key";

  private final PostHogProperties props =
      new PostHogProperties("https://eu.posthog.com", "phc_YOUR_API_KEY_HERE", FAKE_PERSONAL_KEY, 1L);

  @Test
  void masksKeyLikePostHog() {
    assertThat(KeyMasker.mask(props.personalApiKey())).isEqualTo("phx_..._key");
  }

  @Test
  void apiBaseAddsSuffix() {
    assertThat(props.apiBase()).isEqualTo("https://eu.posthog.com/api");
  }
}
