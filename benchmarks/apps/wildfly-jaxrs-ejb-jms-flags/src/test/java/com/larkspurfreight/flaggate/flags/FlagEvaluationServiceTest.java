package com.larkspurfreight.flaggate.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.larkspurfreight.flaggate.security.KeyMasking;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FlagEvaluationServiceTest {

    private static final String TEST_PROJECT_KEY = "phc_4eCPUoVUaRxKuacRPE5txk4ss9E9a7sgu3mFEDX6Vq2p";
    private static final String TEST_PERSONAL_KEY = "phx_test_personal_api_key";

    private final FlagEvaluationService service = new FlagEvaluationService();

    @AfterEach
    void reset() {
        service.clearOverrides();
    }

    @Test
    void overrideWinsOverPostHog() {
        service.override("new-routing-engine", true);
        assertTrue(service.isEnabled("new-routing-engine", "driver-1182"));
        service.override("new-routing-engine", false);
        assertFalse(service.isEnabled("new-routing-engine", "driver-1182"));
    }

    @Test
    void maskKeepsOnlyEnds() {
        assertEquals("phx_..._key", KeyMasking.mask(TEST_PERSONAL_KEY));
        assertEquals("phc_...Vq2p", KeyMasking.mask(TEST_PROJECT_KEY));
    }

    @Test
    void shortKeysAreFullyMasked() {
        assertEquals("********", KeyMasking.mask("phx_short"));
    }
}
