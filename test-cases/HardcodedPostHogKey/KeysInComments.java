/**
 * A key left in a comment is in the repository all the same.
 *
 * <p>Old key, "rotated later":
 * phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc
 */
// Noncompliant@-2
public class KeysInComments {
  // Noncompliant@+1
  // export POSTHOG_PERSONAL_API_KEY=phx_bhtuxQxjf3EUsKwg4rdRfRjH1UFLFT1DYYQFqqPabc2OaXa
  int calls;

  /* secret key for staging: phs_3CDKubUGSYz9IBwekC1nPot4nMoTz1WvwjE0Qs88YuggXWZ */ // Noncompliant
  int retries;

  // the public project key may be written anywhere: phc_0U6nMp5gr2iTwvseLX9XVV1FuymUnZSxp2hpS7zw7UN
  int events;
}
