package io.tidewater.flagcli.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SecretsTest {

    private static final String SAMPLE_KEY = "phx_test_personal_api_key";

    @Test
    void masksLikeThePostHogUi() {
        assertEquals("phx_..._key", Secrets.mask(SAMPLE_KEY));
    }

    @Test
    void shortValuesAreFullyMasked() {
        assertEquals("********", Secrets.mask("hunter2"));
        assertEquals("<unset>", Secrets.mask(null));
    }

    @Test
    void fingerprintIsStableAndNotTheKey() {
        String fp = Secrets.sha256Fingerprint(SAMPLE_KEY);
        assertEquals(fp, Secrets.sha256Fingerprint(SAMPLE_KEY));
        assertNotEquals(SAMPLE_KEY, fp);
        assertEquals(12, fp.length());
    }

    @Test
    void redactsAuthorizationHeader() {
        HttpHeaders headers = HttpHeaders.of(
                Map.of("Authorization", List.of("Bearer " + SAMPLE_KEY), "Accept", List.of("application/json")),
                (name, value) -> true);
        Map<String, List<String>> redacted = Secrets.redactHeaders(headers);
        assertEquals(List.of("[REDACTED]"), redacted.get("authorization"));
        assertTrue(redacted.get("Accept").contains("application/json"));
    }
}
