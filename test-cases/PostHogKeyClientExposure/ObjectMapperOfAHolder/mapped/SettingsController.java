package mapped;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Returns what the generated mapper builds from the settings holder. */
@RestController
public class SettingsController {
  private final SettingsMapper mapper;
  private final PostHogProperties properties;
  private final SettingsService service;

  public SettingsController(
      SettingsMapper mapper, PostHogProperties properties, SettingsService service) {
    this.mapper = mapper;
    this.properties = properties;
    this.service = service;
  }

  @GetMapping("/settings")
  public SettingsView settings() {
    return mapper.toView(properties); // Noncompliant
  }

  @GetMapping("/settings/public")
  public SettingsView publicSettings() {
    return mapper.toPublicView(properties);
  }

  @GetMapping("/bootstrap")
  public BootstrapView bootstrap() {
    return mapper.toBootstrap(properties);
  }

  @GetMapping("/service/settings")
  public SettingsView serviceSettings() {
    return service.view(); // Noncompliant
  }

  @GetMapping("/service/settings/public")
  public SettingsView servicePublicSettings() {
    return service.publicView();
  }
}
