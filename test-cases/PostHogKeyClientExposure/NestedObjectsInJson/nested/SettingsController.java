package nested;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a nested object's JSON form shows is part of its holder's. */
@RestController
public class SettingsController {
  private ServiceSettings settings;
  private PublicSettings publicSettings;
  private Fleet fleet;

  @GetMapping("/settings")
  public ServiceSettings settings() {
    return settings; // Noncompliant
  }

  @GetMapping("/settings/public")
  public PublicSettings publicSettings() {
    return publicSettings;
  }

  @GetMapping("/fleet")
  public Fleet fleet() {
    return fleet; // Noncompliant
  }
}
