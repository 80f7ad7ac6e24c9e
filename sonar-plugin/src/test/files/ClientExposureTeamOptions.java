import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** With secretSources=fetchVaultValue and sanitizers=keyHint. */
@Controller
class ClientExposureTeamOptions {
  @GetMapping("/settings")
  String settings(Model model) {
    model.addAttribute("vault", fetchVaultValue()); // Noncompliant
    model.addAttribute("hint", keyHint());
    model.addAttribute("key", System.getenv("POSTHOG_PERSONAL_API_KEY")); // Noncompliant
    return "settings";
  }

  String fetchVaultValue() {
    return "s";
  }

  String keyHint() {
    return System.getenv("POSTHOG_PERSONAL_API_KEY").substring(0, 12);
  }
}
