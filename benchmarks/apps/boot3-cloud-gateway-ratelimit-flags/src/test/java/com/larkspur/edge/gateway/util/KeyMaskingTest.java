package com.larkspur.edge.gateway.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyMaskingTest {

    @Test
    void masksLikePostHog() {
        assertThat(KeyMasking.mask("phx_test_personal_api_key")).isEqualTo("phx_..._key");
        assertThat(KeyMasking.mask("short")).isEqualTo("********");
    }

    @Test
    void recognisesMaskedValues() {
        assertThat(KeyMasking.isMasked("phx_...Wq7n")).isTrue();
        assertThat(KeyMasking.isMasked("phx_test_personal_api_key")).isFalse();
    }

    @Test
    void redactsAuthorizationHeader() {
        assertThat(KeyMasking.redactAuthorization("Basic dGVzdDp0ZXN0"))
                .isEqualTo("Basic [REDACTED]");
        assertThat(KeyMasking.redactAuthorization(null)).isEqualTo("none");
    }

    @Test
    void hashesAreStableAndShort() {
        assertThat(KeyMasking.sha256Hex("phx_test_personal_api_key")).hasSize(16);
    }
}
