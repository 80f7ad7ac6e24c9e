import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Objects whose annotations show their fields to the page (objects.yml), or keep the key out. */
@Controller
public class ObjectsShownByAnnotations {
  private static final String PERSONAL_KEY = System.getenv("POSTHOG_PERSONAL_API_KEY");

  @lombok.Value
  static class ImmutableSettings {
    String host;
    String personalApiKey;
  }

  @lombok.Getter
  static class GetterSettings {
    private final String host = "https://eu.i.posthog.com";
    private final String personalApiKey = PERSONAL_KEY;
  }

  static class JsonbSettings {
    private String personalApiKey = PERSONAL_KEY;

    @JsonbTransient
    public String getPersonalApiKey() {
      return personalApiKey;
    }
  }

  static class WriteOnlySettings {
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    private String personalApiKey = PERSONAL_KEY;

    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    public String getPersonalApiKey() {
      return personalApiKey;
    }
  }

  static class MaskedSettings {
    @com.fasterxml.jackson.databind.annotation.JsonSerialize(using = MaskingSerializer.class)
    private String personalApiKey = PERSONAL_KEY;

    @com.fasterxml.jackson.databind.annotation.JsonSerialize(using = MaskingSerializer.class)
    public String getPersonalApiKey() {
      return personalApiKey;
    }
  }

  static class MaskingSerializer extends com.fasterxml.jackson.databind.JsonSerializer<String> {
    @Override
    public void serialize(String value, com.fasterxml.jackson.core.JsonGenerator out, com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
      out.writeString("*****");
    }
  }

  @GetMapping("/settings")
  String settings(Model model) {
    model.addAttribute("immutable", new ImmutableSettings("https://eu.i.posthog.com", PERSONAL_KEY)); // Noncompliant
    model.addAttribute("getters", new GetterSettings()); // Noncompliant
    model.addAttribute("jsonb", new JsonbSettings());
    model.addAttribute("writeOnly", new WriteOnlySettings());
    model.addAttribute("masked", new MaskedSettings());
    return "settings";
  }
}
