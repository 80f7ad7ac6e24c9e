import java.util.Map;

/** Keys written out in literals, in every position a literal can take. */
public class KeyLiterals {
  @interface Setting {
    String value();
  }

  private static final String PERSONAL_KEY = "phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc"; // Noncompliant
  private final String secretKey = "phs_3CDKubUGSYz9IBwekC1nPot4nMoTz1WvwjE0Qs88YuggXWZ"; // Noncompliant

  @Setting("${posthog.personal-api-key:phx_9Bc874DnAlPBpGHUsD3s4SesnqmkkCY1KZDWvXBbRut}") // Noncompliant
  String fromSpringDefault;

  Map<String, String> headers() {
    String local = "phr_MgRz4wAyMCiMAyrPWuUN4RJyxwYHEkiGZE6zv0u6Ta1"; // Noncompliant
    return Map.of(
        "Authorization", "Bearer pha_VXJaLWcbK2EasQTgmD7KjAh6ZLZrVqcwUGz6n7AeWDXq", // Noncompliant
        "X-Refresh", local);
  }

  void configure(String key) {}

  void setUp() {
    configure("phx_9ktyHT8ksYscZ4m4pIaoPnxIc9G3512xMNpK63ZVIGnsASt"); // Noncompliant
    configure(PERSONAL_KEY);
    configure(secretKey);
  }
}
