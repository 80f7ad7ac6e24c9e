package com.acme.flagadmin.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.flagadmin.config.PostHogProperties;
import com.acme.flagadmin.web.dto.FlagConfigView;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

    private static final String PERSONAL_KEY = "phx_test_personal_api_key";
    private static final String MASKED_PERSONAL_KEY = "phx_..._key";

    @Test
    void keepsFirstAndLastFourCharacters() {
        assertThat(SecretMasker.mask(PERSONAL_KEY)).isEqualTo(MASKED_PERSONAL_KEY);
    }

    @Test
    void hidesShortValuesCompletely() {
        assertThat(SecretMasker.mask("short")).isEqualTo("********");
    }

    @Test
    void maskedViewNeverCarriesRawKeys() {
        PostHogProperties props = new PostHogProperties("https://eu.i.posthog.com", "https://eu.posthog.com", 1L,
                "phc_YOUR_API_KEY_HERE", PERSONAL_KEY, null, false);

        FlagConfigView view = FlagConfigView.masked(props);

        assertThat(view.personalApiKey()).isEqualTo(MASKED_PERSONAL_KEY);
        assertThat(view.featureFlagsSecureApiKey()).isEqualTo("<unset>");
        assertThat(props.toString()).doesNotContain(PERSONAL_KEY);
    }
}
