/** Keys hidden behind escapes and text blocks: the value the program holds is what counts. */
public class EscapedKeys {
  static final String UNICODE = "\u0070hx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc"; // Noncompliant
  static final String OCTAL = "\160hs_3CDKubUGSYz9IBwekC1nPot4nMoTz1WvwjE0Qs88YuggXWZ"; // Noncompliant

  // Noncompliant@+3
  static final String PROPERTIES = """
      posthog.host=https://eu.i.posthog.com
      posthog.personal-api-key=phx_bhtuxQxjf3EUsKwg4rdRfRjH1UFLFT1DYYQFqqPabc2OaXa
      """;

  // Noncompliant@+1
  static final String CONTINUED = """
      phx_9ktyHT8ksYscZ4m4pIaoPn\
      xIc9G3512xMNpK63ZVIGnsASt""";
}
