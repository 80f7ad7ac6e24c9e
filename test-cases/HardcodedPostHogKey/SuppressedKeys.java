/** Suppression on any enclosing declaration, under the rule id, the prefixed id or "all". */
public class SuppressedKeys {
  @SuppressWarnings("HardcodedPostHogKey")
  static final String BY_ID = "phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc";

  @SuppressWarnings({"unchecked", "posthog-guard:HardcodedPostHogKey"})
  String byPrefixedId() {
    return "phs_3CDKubUGSYz9IBwekC1nPot4nMoTz1WvwjE0Qs88YuggXWZ";
  }

  String onLocal() {
    @SuppressWarnings(value = "all")
    String key = "phx_bhtuxQxjf3EUsKwg4rdRfRjH1UFLFT1DYYQFqqPabc2OaXa";
    return key;
  }

  @SuppressWarnings("HardcodedPostHogKey")
  static class Nested {
    String inner() {
      return "phr_MgRz4wAyMCiMAyrPWuUN4RJyxwYHEkiGZE6zv0u6Ta1";
    }
  }

  @SuppressWarnings("SecretToLog") // another rule's name does not silence this one
  String otherRule() {
    return "pha_VXJaLWcbK2EasQTgmD7KjAh6ZLZrVqcwUGz6n7AeWDXq"; // Noncompliant
  }

  String notSuppressed() {
    return "phx_9ktyHT8ksYscZ4m4pIaoPnxIc9G3512xMNpK63ZVIGnsASt"; // Noncompliant
  }
}
