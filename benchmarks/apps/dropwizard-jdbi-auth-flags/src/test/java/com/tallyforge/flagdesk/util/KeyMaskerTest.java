package com.tallyforge.flagdesk.util;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyMaskerTest {

    private static final String PLACEHOLDER_PERSONAL_KEY = "phx_test_personal_api_key";
    private static final String PROJECT_KEY = "phc_erv4bdsh8ayE7UQRrpybgxaQBx2M6BDHvvYfPz9vaT3W";
    // copied from the staging OAuth app so the mask test uses a realistic length
    private static final String OAUTH_ACCESS_TOKEN = "pha_5bvDpoTefchHsg7E7pEnSZaWUXFFJfkMJNHswJy5zAGZ";

    @Test
    void masksLikeThePostHogUi() {
        assertThat(KeyMasker.mask(PLACEHOLDER_PERSONAL_KEY)).isEqualTo("phx_..._key");
        assertThat(KeyMasker.mask(PROJECT_KEY)).isEqualTo("phc_...aT3W");
        assertThat(KeyMasker.mask(OAUTH_ACCESS_TOKEN)).isEqualTo("pha_...zAGZ");
    }

    @Test
    void masksShortValuesCompletely() {
        assertThat(KeyMasker.mask("phx_short")).isEqualTo("********");
        assertThat(KeyMasker.mask(null)).isEqualTo("<unset>");
    }

    @Test
    void alreadyMaskedValueStaysStable() {
        String masked = "phx_...Wq7n";
        assertThat(masked).hasSize(11);
        assertThat(KeyMasker.mask(masked)).isEqualTo("********");
    }

    @Test
    void hashIsStableHex() {
        assertThat(KeyMasker.sha256Hex(PROJECT_KEY)).hasSize(64).matches("[0-9a-f]+");
    }
}
