import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The same code without parameters: a 12-character prefix shows too much of the key. */
@Controller
class ClientExposureDefaultOptions {
  @GetMapping("/settings")
  String settings(Model model) {
    model.addAttribute("vault", fetchVaultValue());
    model.addAttribute("hint", keyHint()); // Noncompliant
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
