package app.pantrypal.android.data;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class StaffFlagsRepositoryTest {

  private static final String FAKE_PERSONAL_KEY = "phx_test_personal_api_key";
  private static final String FAKE_SESSION_TOKEN = "test-session-token";

  @Test
  public void bearerHeaderFormat() {
    assertEquals("Bearer phx_test_personal_api_key", "Bearer " + FAKE_PERSONAL_KEY);
    assertEquals(18, FAKE_SESSION_TOKEN.length());
  }
}
