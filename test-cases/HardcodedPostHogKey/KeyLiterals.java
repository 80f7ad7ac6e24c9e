import java.util.Map;

/** Keys written out in literals, in every position a literal can take. */
public class KeyLiterals {
  @interface Setting {
    String value();
  }

  private static final String PERSONAL_KEY = "phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc"; // Noncompliant {{Hard-coded PostHog personal API key phx_...XyNc: rotate it in PostHog and load the new one from the environment or a secret store}} [[secondary=]]
  private final String secretKey = "phs_3CDKubUGSYz9IBwekC1nPot4nMoTz1WvwjE0Qs88YuggXWZ"; // Noncompliant {{Hard-coded PostHog project secret key phs_...gXWZ: rotate it in PostHog and load the new one from the environment or a secret store}} [[secondary=]]

  @Setting("${posthog.personal-api-key:phx_9Bc874DnAlPBpGHUsD3s4SesnqmkkCY1KZDWvXBbRut}") // Noncompliant {{Hard-coded PostHog personal API key phx_...bRut: rotate it in PostHog and load the new one from the environment or a secret store}} [[secondary=]]
  String fromSpringDefault;

  Map<String, String> headers() {
    String local = "phr_MgRz4wAyMCiMAyrPWuUN4RJyxwYHEkiGZE6zv0u6Ta1"; // Noncompliant {{Hard-coded PostHog OAuth refresh token phr_...6Ta1: rotate it in PostHog and load the new one from the environment or a secret store}} [[secondary=]]
    return Map.of(
        "Authorization", "Bearer pha_VXJaLWcbK2EasQTgmD7KjAh6ZLZrVqcwUGz6n7AeWDXq", // Noncompliant {{Hard-coded PostHog OAuth access token pha_...WDXq: rotate it in PostHog and load the new one from the environment or a secret store}} [[secondary=]]
        "X-Refresh", local);
  }

  void configure(String key) {}

  void setUp() {
    configure("phx_9ktyHT8ksYscZ4m4pIaoPnxIc9G3512xMNpK63ZVIGnsASt"); // Noncompliant {{Hard-coded PostHog personal API key phx_...sASt: rotate it in PostHog and load the new one from the environment or a secret store}} [[secondary=]]
    configure(PERSONAL_KEY);
    configure(secretKey);
  }
}
