package app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * {@code @Named} alone, or with the application scope, names a service for injection; a request
 * scope alone is a bean no page names. Their getters are called by code on the server.
 */
public class AdminKeyService {
  @Named("adminKeys")
  @ApplicationScoped
  public static class Holder {
    public String getPersonalApiKey() {
      return System.getenv("POSTHOG_PERSONAL_API_KEY");
    }
  }

  @Named
  public static class Plain {
    public String getPersonalApiKey() {
      return System.getenv("POSTHOG_PERSONAL_API_KEY");
    }
  }

  @RequestScoped
  public static class Unnamed {
    public String getPersonalApiKey() {
      return System.getenv("POSTHOG_PERSONAL_API_KEY");
    }
  }
}
