package com.brindlecove.ledgerops.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostHogKeysTest {

    private static final String SAMPLE_PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void masksLikeThePostHogUi() {
        assertThat(PostHogKeys.mask(SAMPLE_PERSONAL_KEY)).isEqualTo("phx_..._key");
    }

    @Test
    void shortValuesAreFullyHidden() {
        assertThat(PostHogKeys.mask("abc")).isEqualTo("********");
    }

    @Test
    void configuredKeyWinsOverLegacy() {
        assertThat(PostHogKeys.personalKeyOrLegacy(SAMPLE_PERSONAL_KEY)).isEqualTo(SAMPLE_PERSONAL_KEY);
    }

    @Test
    void fingerprintIsStableAndShort() {
        String a = PostHogKeys.sha256Fingerprint(SAMPLE_PERSONAL_KEY);
        assertThat(a).hasSize(16).isEqualTo(PostHogKeys.sha256Fingerprint(SAMPLE_PERSONAL_KEY));
    }
}
