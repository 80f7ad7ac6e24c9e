package app;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The record of another file carries what it is built from: a masked key, or the key itself. */
@RestController
public class KeyStatusController {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  @GetMapping("/key-status")
  public KeyStatus status() {
    String hint = personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
    return new KeyStatus("https://eu.i.posthog.com", hint, true);
  }

  @GetMapping("/key")
  public KeyStatus key() {
    return new KeyStatus("https://eu.i.posthog.com", personalApiKey, true); // Noncompliant
  }
}
