/** Values shaped like keys that no key can be: placeholders, fillers, masks. */
public class PlaceholdersAndMasks {
  static final String HERE = "phx_your_personal_api_key_here";
  static final String SDK_TEST = "phx_test_personal_api_key";
  static final String CAPITALS = "phx_YOUR_PERSONAL_API_KEY_HERE";
  static final String FILLER = "phx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
  static final String REPEATED = "phx_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  static final String LOWER_ONLY = "phx_kqzmvwnrtbplfhgdxsjcyoeiuakqzmvwnrtbplfhgd";
  static final String ALPHABET = "phx_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq";
  static final String DIGITS_FIRST = "phx_0123456789abcdefghijABCDEFGHIJabcdefghijAB";
  static final String TWO_LETTERS = "phx_AbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbA";
  static final String WORDED = "phx_ExampleKeyForTheDocsPageOnlyNotARealOne1234";
  static final String FAKE = "phs_FakeSecretKey9x2Lq7Wv4Rt8Yp3Mn6Bc1Zd5Fg0Hj2";
  static final String POSTHOG_MASK = "phx_...WXyN";
  static final String STARS = "phx_********************************************";
  static final String ELLIPSIS = "phx_aWFe…XyNc";
  static final String ASSEMBLED_MASK = "phx_" + "*".repeat(43);
  static final String REDACTED = "phx_<redacted>";
  static final String TEMPLATE = "phx_${POSTHOG_PERSONAL_API_KEY}";
}
