package com.acme.flags.util;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import org.junit.Test;

public class KeyMaskerTest {

    private static final String FIXTURE_KEY = "phx_test_personal_api_key";

    @Test
    public void masksLongKeys() {
        assertEquals("phx_..._key", KeyMasker.mask(FIXTURE_KEY));
    }

    @Test
    public void shortKeysAreFullyHidden() {
        assertEquals("********", KeyMasker.mask("phx_short"));
    }

    @Test
    public void hashIsStable() {
        assertEquals(KeyMasker.sha256(FIXTURE_KEY), KeyMasker.sha256(FIXTURE_KEY));
        assertNotEquals(KeyMasker.sha256(FIXTURE_KEY), KeyMasker.sha256("phc_YOUR_API_KEY_HERE"));
    }
}
