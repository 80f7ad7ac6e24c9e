import com.fasterxml.jackson.annotation.JsonIgnore;
import lombok.Builder;
import lombok.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A builder given the key builds an object whose JSON form leaves the key's field out. */
@RestController
public class JsonIgnoredBuilderField {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  @Value
  @Builder
  public static class KeyStatus {
    @JsonIgnore String personalApiKey;
    String kind;
  }

  @Value
  @Builder
  public static class KeyView {
    String personalApiKey;
    String kind;
  }

  @GetMapping("/status")
  public KeyStatus status() {
    return KeyStatus.builder().personalApiKey(personalApiKey).kind("personal").build();
  }

  @GetMapping("/view")
  public KeyView view() {
    return KeyView.builder().personalApiKey(personalApiKey).kind("personal").build(); // Noncompliant
  }
}
