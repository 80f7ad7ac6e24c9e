/** A real key committed in a test is leaked all the same: tests are checked too. */
public class KeyInTestSource {
  private static final String PROJECT_KEY = "phc_0U6nMp5gr2iTwvseLX9XVV1FuymUnZSxp2hpS7zw7UN";

  void featureFlagsAreEvaluatedLocally() {
    String personalKey = "phx_oZ9R92PVoGnGxc6de7fBaUvFckGWrqajJ3ko9zXj4ov3999HQ"; // Noncompliant
    assertKey(PROJECT_KEY, personalKey);
  }

  private static void assertKey(String projectKey, String personalKey) {}
}
