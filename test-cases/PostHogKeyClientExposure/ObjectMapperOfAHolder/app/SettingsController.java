package app;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Returns what the generated mapper builds from the settings holder. */
@RestController
public class SettingsController {
  private final SettingsMapper mapper;
  private final PostHogProperties properties;

  public SettingsController(SettingsMapper mapper, PostHogProperties properties) {
    this.mapper = mapper;
    this.properties = properties;
  }

  @GetMapping("/settings")
  public SettingsView settings() {
    return mapper.toView(properties); // Noncompliant
  }

  @GetMapping("/settings/public")
  public SettingsView publicSettings() {
    return mapper.toPublicView(properties);
  }
}
