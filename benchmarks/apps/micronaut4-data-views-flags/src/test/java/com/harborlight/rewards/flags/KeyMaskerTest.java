package com.harborlight.rewards.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.harborlight.rewards.config.PostHogProperties;
import org.junit.jupiter.api.Test;

class KeyMaskerTest {

    private static final String TEST_PERSONAL_KEY = "phx_test_personal_api_key";
    private static final String EXPECTED_HINT = "phx_...Wq7n";

    @Test
    void maskKeepsPrefixAndLastFour() {
        PostHogProperties props = new PostHogProperties();
        props.setPersonalApiKey(TEST_PERSONAL_KEY + "_Wq7n");

        assertEquals(EXPECTED_HINT, KeyMasker.mask(props.getPersonalApiKey()));
    }

    @Test
    void shortAndMissingValuesAreFullyMasked() {
        assertEquals("********", KeyMasker.mask("phx_short"));
        assertEquals("<unset>", KeyMasker.mask(null));
    }

    @Test
    void fingerprintDoesNotContainTheKey() {
        String fingerprint = KeyMasker.hashForLog(TEST_PERSONAL_KEY);
        assertEquals(12, fingerprint.length());
        assertNotEquals(TEST_PERSONAL_KEY.substring(4, 16), fingerprint);
    }
}
