package app.posthog;

import java.net.URI;

/** Calls PostHog's API with the personal key in the URL; its failures quote the URL. */
public class AnnotationsApi {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  public void annotate(String content) {
    URI uri = URI.create("https://us.posthog.com/api/projects/1/annotations/?personal_api_key=" + personalApiKey);
    if (content.isBlank()) {
      throw new IllegalStateException("Annotation rejected by " + uri);
    }
  }

  public void lock(String flag) {
    throw new IllegalMonitorStateException("Flag " + flag + " locked for key " + personalApiKey);
  }

  public void validate(String content) {
    if (content.length() > 400) {
      throw new IllegalArgumentException("Annotation longer than 400 characters");
    }
  }
}
