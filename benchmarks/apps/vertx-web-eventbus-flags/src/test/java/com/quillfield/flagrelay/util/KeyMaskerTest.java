package com.quillfield.flagrelay.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class KeyMaskerTest {

    @Test
    void masksLikeThePostHogUi() {
        assertEquals("phx_...Wq7n", KeyMasker.mask("phx_test_personal_api_key_Wq7n"));
    }

    @Test
    void shortValuesAreFullyHidden() {
        assertEquals("********", KeyMasker.mask("phx_short"));
        assertEquals("<unset>", KeyMasker.mask(null));
    }

    @Test
    void fingerprintIsStableAndDoesNotContainTheKey() {
        String fp = KeyMasker.sha256Fingerprint("phx_test_personal_api_key");
        assertEquals(16, fp.length());
        assertEquals(fp, KeyMasker.sha256Fingerprint("phx_test_personal_api_key"));
        assertNotEquals(fp, KeyMasker.sha256Fingerprint("phx_test_personal_api_key_2"));
    }
}
