package next;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The project key a staging file misplaces is reported there; the secure key beside it in the same
 * response is this file's leak, and the first must not hide it.
 */
@RestController
public class ClientConfigController {
  private final FlagSettings settings;

  ClientConfigController(FlagSettings settings) {
    this.settings = settings;
  }

  @GetMapping("/client-config")
  ClientConfig config() {
    return new ClientConfig(settings.projectKey(), settings.flagsSecureKey()); // Noncompliant
  }

  @GetMapping("/project-key")
  String projectKey() {
    return settings.projectKey();
  }
}
