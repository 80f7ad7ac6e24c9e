package io.jenkins.plugins.posthog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.posthog.util.KeyMasker;
import org.junit.jupiter.api.Test;

class KeyMaskerTest {

    @Test
    void masksLikeThePostHogUi() {
        assertEquals("phx_...5678", KeyMasker.mask("phx_test_personal_api_key_12345678"));
        assertEquals("********", KeyMasker.mask("phx_short"));
        assertEquals("(none)", KeyMasker.mask(null));
    }

    @Test
    void recognisesKeyKinds() {
        assertTrue(KeyMasker.isPersonalKey("phx_test_personal_api_key"));
        assertTrue(KeyMasker.isProjectKey("phc_YOUR_API_KEY_HERE"));
        assertFalse(KeyMasker.isSecureFlagsKey("phc_YOUR_API_KEY_HERE"));
    }
}
