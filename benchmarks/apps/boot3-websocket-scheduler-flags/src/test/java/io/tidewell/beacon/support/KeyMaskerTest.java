package io.tidewell.beacon.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyMaskerTest {

    private static final String SAMPLE_KEY = "phx_test_personal_api_key";

    @Test
    void masksLikeThePostHogUi() {
        assertThat(KeyMasker.mask(SAMPLE_KEY)).isEqualTo("phx_..._key");
    }

    @Test
    void shortValuesAreFullyHidden() {
        assertThat(KeyMasker.mask("phx_short")).isEqualTo("********");
    }

    @Test
    void fingerprintIsStableAndDoesNotContainKey() {
        String first = KeyMasker.sha256Hex(SAMPLE_KEY);
        assertThat(first).isEqualTo(KeyMasker.sha256Hex(SAMPLE_KEY)).hasSize(16).doesNotContain("phx_");
    }
}
