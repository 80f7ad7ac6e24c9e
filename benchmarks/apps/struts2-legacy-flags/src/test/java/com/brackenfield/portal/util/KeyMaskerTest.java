package com.brackenfield.portal.util;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import org.junit.Test;

public class KeyMaskerTest {

    private static final String SAMPLE_KEY = "phx_test_personal_api_key";

    @Test
    public void masksLikePostHogUi() {
        assertEquals("phx_..._key", KeyMasker.mask(SAMPLE_KEY));
    }

    @Test
    public void shortValuesAreFullyHidden() {
        assertEquals("********", KeyMasker.mask("phx_short"));
    }

    @Test
    public void fingerprintIsStableAndShort() {
        String fp = KeyMasker.sha256Fingerprint(SAMPLE_KEY);
        assertEquals(12, fp.length());
        assertEquals(fp, KeyMasker.sha256Fingerprint(SAMPLE_KEY));
        assertNotEquals(fp, KeyMasker.sha256Fingerprint("phx_your_key_here"));
    }
}
