package com.quarrylane.flagadmin.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class KeyMaskerTest {

    // Copied from the sandbox project's settings page so the fixture has the real shape.
    private static final String SECURE_KEY = "phs_x58WqHeu6TSJsZ2PCBsbxgeAzurn9QW4ywBTKpz5DyQqfZjJ";

    @Test
    void masksLikeThePostHogSettingsPage() {
        assertEquals("phs_...fZjJ", KeyMasker.mask(SECURE_KEY));
    }

    @Test
    void shortValuesAreFullyMasked() {
        assertEquals("********", KeyMasker.mask("phx_short"));
        assertEquals("<unset>", KeyMasker.mask(""));
    }

    @Test
    void fingerprintIsStableAndDoesNotLeakTheKey() {
        String fp = KeyMasker.sha256Fingerprint(SECURE_KEY);
        assertEquals(fp, KeyMasker.sha256Fingerprint(SECURE_KEY));
        assertEquals(12, fp.length());
        assertNotEquals(SECURE_KEY.substring(0, 12), fp);
    }

    @Test
    void redactsAuthorizationHeader() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth("phx_test_personal_api_key");
        headers.add("X-Request-Id", "abc-123");
        Map<String, String> redacted = KeyMasker.redactHeaders(headers);
        assertEquals("[REDACTED]", redacted.get(HttpHeaders.AUTHORIZATION));
        assertEquals("abc-123", redacted.get("X-Request-Id"));
    }
}
