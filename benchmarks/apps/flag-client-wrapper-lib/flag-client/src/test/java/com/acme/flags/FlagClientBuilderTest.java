package com.acme.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FlagClientBuilderTest {

    private static final String PROJECT_KEY = "phc_oH515V2zA7awrDPsaH8QobXALYIhppcHaImwL1P7Fpp";
    private static final String PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void defaultsToUsCloudAndThirtySecondPolling() {
        FlagClientSettings settings = FlagClient.builder()
                .projectApiKey(PROJECT_KEY)
                .settings();

        assertEquals(KeyDefaults.DEFAULT_HOST, settings.getHost());
        assertEquals(30, settings.getPollIntervalSeconds());
        assertEquals(3, settings.getMaxRetries());
        assertFalse(settings.isLocalEvaluation());
        assertEquals(FlagClientSettings.KeyKind.NONE, settings.keyKind());
    }

    @Test
    void personalKeyEnablesLocalEvaluation() {
        FlagClientSettings settings = FlagClient.builder()
                .projectApiKey(PROJECT_KEY)
                .personalApiKey(PERSONAL_KEY)
                .requestTimeout(Duration.ofSeconds(2))
                .settings();

        assertTrue(settings.isLocalEvaluation());
        assertEquals(FlagClientSettings.KeyKind.PERSONAL, settings.keyKind());
        assertEquals(Duration.ofSeconds(2), settings.getRequestTimeout());
    }

    @Test
    void masksPersonalKeyLikeThePostHogUi() {
        FlagClientSettings settings = FlagClient.builder()
                .projectApiKey(PROJECT_KEY)
                .personalApiKey(PERSONAL_KEY)
                .settings();

        assertEquals("phx_..._key", settings.maskedPersonalKey());
    }

    @Test
    void projectKeyIsRequired() {
        assertThrows(NullPointerException.class, () -> FlagClient.builder().settings());
    }
}
