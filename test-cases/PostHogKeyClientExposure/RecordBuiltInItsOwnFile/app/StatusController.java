package app;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StatusController {
  private final AppConfig config = AppConfig.load();

  @GetMapping("/status")
  public Map<String, Object> status() {
    return Map.of("host", config.host(), "admin", config.adminKey()); // Noncompliant
  }

  @GetMapping("/bootstrap")
  public Map<String, Object> bootstrap() {
    return Map.of("token", config.projectApiKey(), "port", config.port());
  }
}
