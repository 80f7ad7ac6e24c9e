package com.acme.flags.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsLoaderTest {

    private static final String FIXTURE_KEY = "phx_test_personal_api_key";

    // real key of the staging project, so the masking test uses a realistic length
    private static final String STAGING_KEY = "phx_cgocCgkGdKdptttQ5hLozN8hgezNbZ3vfQz2qh8XCoyGu6hb";

    @TempDir
    Path tmp;

    @Test
    void gradlePropertyWinsOverCredentialsFile() throws IOException {
        Path file = tmp.resolve("credentials");
        Files.writeString(file, "personal_api_key=" + FIXTURE_KEY + "\nproject_id=1\n");

        PostHogCredentials creds = new CredentialsLoader(file)
                .load(Map.of("posthog.personalApiKey", "phx_dummy_from_gradle"));

        assertEquals("phx_dummy_from_gradle", creds.getPersonalApiKey());
        assertEquals(PostHogCredentials.Source.GRADLE_PROPERTY, creds.getSource());
    }

    @Test
    void masksLikeThePostHogUi() {
        assertEquals("phx_...u6hb", KeyMasker.mask(STAGING_KEY));
        assertEquals("********", KeyMasker.mask("phx_short"));
    }

    @Test
    void fingerprintDiffersPerKey() {
        assertNotEquals(KeyMasker.sha256Fingerprint(FIXTURE_KEY), KeyMasker.sha256Fingerprint(STAGING_KEY));
    }
}
