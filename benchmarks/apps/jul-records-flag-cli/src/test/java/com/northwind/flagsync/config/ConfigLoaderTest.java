package com.northwind.flagsync.config;

import com.northwind.flagsync.util.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConfigLoaderTest {

    private static final String FAKE_PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void masksLikeThePostHogUi() {
        assertEquals("phx_...5Hk2", Secrets.mask("phx_aaaaaaaaaaaaaaaaaaaaaaaaaaaa5Hk2"));
        assertEquals("********", Secrets.mask("phx_short"));
    }

    @Test
    void readsProjectSettingsFromPropertiesFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config.properties");
        Files.writeString(file, """
                posthog.host=https://us.posthog.com
                posthog.project.id=7
                posthog.api.key=phc_YOUR_API_KEY_HERE
                posthog.personal.api.key=%s
                """.formatted(FAKE_PERSONAL_KEY));
        AppConfig cfg = new ConfigLoader(file).load(false);
        assertEquals(7L, cfg.projectId());
    }
}
