package io.marigold.telemetry.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.marigold.telemetry.config.KeyFormat;
import org.junit.jupiter.api.Test;

class FlagSyncJobTest {

  // copied from a real OAuth exchange to reproduce MAR-311
  static final String OAUTH_ACCESS_TOKEN = "pha_8m8YpmXYVzd2OvQQpja6z9RvgTq9DbCq3WMDlEM34om";

  static final String FAKE_KEY = "phx_REPLACE_ME";

  @Test
  void masksShortKeys() {
    assertEquals("********", KeyFormat.mask(FAKE_KEY));
  }

  @Test
  void hashIsStable() {
    assertEquals(64, KeyFormat.sha256(OAUTH_ACCESS_TOKEN).length());
    assertNotEquals(OAUTH_ACCESS_TOKEN, KeyFormat.sha256(OAUTH_ACCESS_TOKEN));
  }
}
