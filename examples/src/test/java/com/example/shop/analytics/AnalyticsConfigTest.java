package com.example.shop.analytics;

/** A test is source too: a real key committed here is leaked all the same. */
class AnalyticsConfigTest {
  private static final String REFRESH_TOKEN = "phr_zceWTAxY8y9vHzJaTot5sMShzVDyrrrJrA3tjZ4PXdTC"; // expect: HardcodedPostHogKey
  private static final String SDK_PLACEHOLDER = "phx_test_personal_api_key";

  void projectKeyIsPublic() {
    if (!AnalyticsConfig.PROJECT_API_KEY.startsWith("phc_")) {
      throw new AssertionError(REFRESH_TOKEN.length() + SDK_PLACEHOLDER.length());
    }
  }
}
