import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A personal key put into what a Spring MVC view renders. */
@Controller
public class SpringModels {
  @Value("${posthog.personal-api-key}")
  private String personalKey;

  @Value("${posthog.api.key}")
  private String projectKey;

  @GetMapping("/settings")
  String settings(Model model) {
    model.addAttribute("posthogKey", personalKey); // Noncompliant
    model.addAttribute("posthogKey", projectKey);
    model.addAttribute("keySet", personalKey != null);
    model.addAllAttributes(Map.of("key", personalKey)); // Noncompliant
    return "settings";
  }

  @GetMapping("/flags")
  String flags(Model model, @Value("${posthog.secure-api-key}") String secureKey) {
    model.addAttribute("flagsKey", secureKey); // Noncompliant
    return "flags";
  }

  @GetMapping("/map")
  String map(ModelMap model) {
    model.addAttribute("key", System.getenv("POSTHOG_PERSONAL_API_KEY")); // Noncompliant
    model.put("key", personalKey); // Noncompliant
    return "map";
  }

  @GetMapping("/mav")
  ModelAndView modelAndView() {
    ModelAndView view = new ModelAndView("flags", "key", personalKey); // Noncompliant
    view.addObject("key", personalKey); // Noncompliant
    view.addObject("project", projectKey);
    return view;
  }

  @GetMapping("/redirect")
  String redirect(RedirectAttributes attributes) {
    attributes.addFlashAttribute("key", personalKey); // Noncompliant
    attributes.addAttribute("key", personalKey); // Noncompliant
    return "redirect:/";
  }

  @GetMapping("/exports/{id}/download")
  String download(@PathVariable long id) {
    return "redirect:https://eu.posthog.com/api/exports/" + id + "/content?personal_api_key=" + personalKey; // Noncompliant
  }

  @GetMapping("/exports/{id}")
  String exportPage(@PathVariable long id) {
    return "exports/" + id + personalKey.length();
  }

  @GetMapping("/flags/public")
  String publicFlags() {
    return "redirect:/flags?key=" + projectKey;
  }

  @ModelAttribute("posthogKey")
  String posthogKey() {
    return personalKey; // Noncompliant
  }

  /** A controller view name is no body. */
  @GetMapping("/view")
  String view() {
    return personalKey.isEmpty() ? "empty" : "set";
  }
}
