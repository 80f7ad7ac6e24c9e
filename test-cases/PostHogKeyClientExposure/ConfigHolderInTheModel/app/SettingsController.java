package app;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Puts whole settings objects into the page's model. */
@Controller
public class SettingsController {
  private final AnalyticsProperties properties;
  private final SafeAnalyticsProperties safeProperties;

  public SettingsController(AnalyticsProperties properties, SafeAnalyticsProperties safeProperties) {
    this.properties = properties;
    this.safeProperties = safeProperties;
  }

  @GetMapping("/settings")
  public String settings(Model model) {
    model.addAttribute("analytics", properties); // Noncompliant
    model.addAttribute("safeAnalytics", safeProperties);
    model.addAttribute("host", properties.getHost());
    return "settings";
  }
}
