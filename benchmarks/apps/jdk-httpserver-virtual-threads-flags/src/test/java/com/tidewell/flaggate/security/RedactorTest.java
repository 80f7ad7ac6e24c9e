package com.tidewell.flaggate.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RedactorTest {

    private static final String SAMPLE_KEY = "phx_test_personal_api_key";

    @Test
    void masksLikeThePostHogUi() {
        assertEquals("phx_...Wq7n", Redactor.mask(SAMPLE_KEY + "_Wq7n"));
    }

    @Test
    void shortValuesAreFullyHidden() {
        assertEquals("********", Redactor.mask("hunter2"));
        assertEquals("<unset>", Redactor.mask(null));
    }

    @Test
    void fingerprintDoesNotContainTheKey() {
        String fingerprint = Redactor.fingerprint(SAMPLE_KEY);
        assertEquals(12, fingerprint.length());
        assertFalse(fingerprint.contains("phx_"));
        assertNotEquals(fingerprint, Redactor.fingerprint(SAMPLE_KEY + "2"));
    }
}
