package app;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import javax.validation.constraints.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Records whose components carry validation or documentation annotations show what they were built
 * from: an empty form holds no key, whatever its components are named.
 */
@Controller
public class KeyFormController {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  public record KeyForm(
      @NotBlank @Size(max = 64) String tenant,
      @NotBlank @Pattern(regexp = "phx_[A-Za-z0-9]+") String personalApiKey) {}

  @Schema(description = "a key as the settings page shows it")
  public record KeyView(@Schema(description = "masked") String personalApiKey) {}

  public record NestedForm(@Valid KeyForm key, @javax.validation.Valid KeyView view) {}

  @GetMapping("/keys/new")
  public String newForm(Model model) {
    model.addAttribute("form", new KeyForm("", ""));
    model.addAttribute("view", new KeyView(null));
    model.addAttribute("nested", new NestedForm(new KeyForm("", ""), new KeyView("")));
    return "keys/new";
  }

  @PostMapping("/keys")
  public String save(Model model) {
    model.addAttribute("form", new KeyForm("acme", personalApiKey)); // Noncompliant
    return "keys/new";
  }
}
