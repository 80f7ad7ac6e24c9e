package flagclients;

/**
 * Calls of other files' declarative clients: the local-evaluation URL's token query parameter takes
 * the project key; the personal key goes in the Authorization header.
 */
public class FlagSync {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  void sync(
      MicronautFlagsClient micronaut,
      RetrofitFlagsApi retrofit,
      SpringFlagsApi spring,
      JaxRsFlagsApi jaxRs,
      LegacyJaxRsFlagsApi legacy) {
    micronaut.localEvaluation(personalApiKey, true); // Noncompliant
    micronaut.localEvaluation(projectApiKey, true);
    micronaut.flags(1L, personalApiKey); // another path's token
    retrofit.localEvaluation(personalApiKey); // Noncompliant
    spring.localEvaluation(personalApiKey); // Noncompliant
    jaxRs.localEvaluation(personalApiKey); // Noncompliant
    legacy.localEvaluation(personalApiKey); // Noncompliant
    legacy.localEvaluation(projectApiKey);
    // the Authorization header a parameter is bound to takes the personal key
    micronaut.listFlags("Bearer " + projectApiKey, 1L); // Noncompliant
    micronaut.listFlags("Bearer " + personalApiKey, 1L);
    retrofit.definitions("Bearer " + projectApiKey); // Noncompliant
    spring.definitions("Bearer " + projectApiKey); // Noncompliant
    jaxRs.definitions("Bearer " + projectApiKey); // Noncompliant
    jaxRs.definitions("Bearer " + personalApiKey);
  }
}
