package masked;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A view built whole by a record's constructor, two files away, holds what it was built with: the
 * masked view shows no key; one whose origin is unknown is judged by its components' names.
 */
@RestController
public class FlagSettingsController {
  private final FlagSettingsService service = new FlagSettingsService();

  @GetMapping("/admin/posthog/settings")
  public FlagSettingsDto maskedSettings() {
    return service.maskedSettings();
  }

  @GetMapping("/internal/posthog/settings")
  public FlagSettingsDto settings() {
    return service.settings(); // Noncompliant
  }

  @GetMapping("/internal/posthog/last")
  public FlagSettingsDto lastSettings() {
    return service.lastSettings(); // Noncompliant
  }

  @GetMapping("/admin/posthog/key")
  public KeyInfo keyInfo() {
    String key = System.getenv("POSTHOG_PERSONAL_API_KEY");
    return new KeyInfo(key.substring(0, 4) + "..." + key.substring(key.length() - 4), true);
  }

  @GetMapping("/internal/posthog/key")
  public KeyInfo rawKeyInfo() {
    return new KeyInfo(System.getenv("POSTHOG_PERSONAL_API_KEY"), true); // Noncompliant
  }
}
