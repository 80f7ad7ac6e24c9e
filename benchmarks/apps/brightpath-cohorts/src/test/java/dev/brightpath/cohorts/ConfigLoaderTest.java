package dev.brightpath.cohorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  private static final String FAKE_PERSONAL_KEY = "phx_test_personal_api_key";
  private static final String FAKE_LONG_KEY = "phx_" + "x".repeat(43);

  @TempDir Path dir;

  @Test
  void commandLineKeyWins() throws Exception {
    Path file = Files.writeString(dir.resolve("exporter.properties"), "posthog.api.key=phc_YOUR_API_KEY_HERE\nposthog.project.id=42\n");
    ExporterConfig config = new ConfigLoader().load(file, FAKE_PERSONAL_KEY, false);
    assertEquals(FAKE_PERSONAL_KEY, config.personalApiKey());
    assertEquals(42L, config.projectId());
  }

  @Test
  void rejectsValuesThatAreNoPostHogKey() throws Exception {
    Path file = Files.writeString(dir.resolve("exporter.properties"), "posthog.api.key=phc_YOUR_API_KEY_HERE\nposthog.project.id=42\n");
    assertThrows(ConfigException.class, () -> new ConfigLoader().load(file, "not-a-key", false));
  }

  @Test
  void describeMasksTheKey() throws Exception {
    Path file = Files.writeString(dir.resolve("exporter.properties"), "posthog.api.key=phc_YOUR_API_KEY_HERE\nposthog.project.id=42\n");
    String described = new ConfigLoader().load(file, FAKE_LONG_KEY, true).describe();
    assertTrue(described.contains("phx_...xxxx"));
    assertFalse(described.contains(FAKE_LONG_KEY));
  }
}
