package dev.kestrel.phadmin.creds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoreTest {

    private static final String FAKE_PERSONAL_KEY = "phx_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";

    @TempDir
    Path dir;

    @Test
    void roundTrip() throws Exception {
        Path file = dir.resolve("credentials.properties");
        Credentials written = new Credentials("https://eu.posthog.com", 7, FAKE_PERSONAL_KEY, "phc_test_project_key");
        CredentialStore.save(file, written);

        Credentials read = CredentialStore.fromFile(file);

        assertEquals(written, read);
        assertEquals("phx_...DEFG", read.maskedPersonalApiKey());
    }

    @Test
    void toStringNeverShowsTheKey() {
        Credentials c = new Credentials("https://eu.posthog.com", 7, "phx_test_personal_api_key", null);
        assertFalse(c.toString().contains("phx_test_personal_api_key"));
    }

    @Test
    void fileIsPrivate() throws Exception {
        Path file = dir.resolve("c.properties");
        CredentialStore.save(file, new Credentials("h", 1, FAKE_PERSONAL_KEY, null));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
