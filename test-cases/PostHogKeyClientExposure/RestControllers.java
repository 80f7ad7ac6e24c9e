import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A personal key returned as, or inside, a REST response body. */
@RestController
@RequestMapping("/api")
public class RestControllers {
  private final Settings settings = new Settings();

  record KeyView(String host, String key) {}

  record Status(boolean configured, int length) {}

  static class KeyDto {
    private String key;
    public String name;

    void setKey(String key) {
      this.key = key;
    }
  }

  static class Settings {
    String getPersonalApiKey() {
      return System.getenv("POSTHOG_PERSONAL_API_KEY");
    }

    String getProjectApiKey() {
      return System.getenv("POSTHOG_PROJECT_API_KEY");
    }
  }

  /** A reactive handler's body: what its map step builds from each element. */
  @GetMapping("/bootstrap")
  reactor.core.publisher.Mono<KeyView> bootstrap() {
    return reactor.core.publisher.Mono.just("defs").map(defs -> new KeyView(defs, settings.getPersonalApiKey())); // Noncompliant
  }

  @GetMapping("/bootstrap/regions")
  reactor.core.publisher.Flux<KeyView> regions() {
    return reactor.core.publisher.Flux.just("eu", "us").map(region -> new KeyView(region, settings.getPersonalApiKey())); // Noncompliant
  }

  @GetMapping("/bootstrap/cached")
  reactor.core.publisher.Mono<KeyView> cachedBootstrap() {
    return reactor.core.publisher.Mono.just("defs").map(defs -> new KeyView(defs, settings.getPersonalApiKey())).cache(); // Noncompliant
  }

  @GetMapping("/bootstrap/public")
  reactor.core.publisher.Mono<KeyView> publicBootstrap() {
    return reactor.core.publisher.Mono.just("defs").map(defs -> new KeyView(defs, settings.getProjectApiKey()));
  }

  @GetMapping("/key")
  String key() {
    return settings.getPersonalApiKey(); // Noncompliant
  }

  @GetMapping("/record")
  KeyView record() {
    return new KeyView("https://eu.i.posthog.com", settings.getPersonalApiKey()); // Noncompliant
  }

  @GetMapping("/map")
  Map<String, String> map() {
    return Map.of("key", settings.getPersonalApiKey()); // Noncompliant
  }

  @GetMapping("/dto")
  KeyDto dto() {
    KeyDto dto = new KeyDto();
    dto.setKey(settings.getPersonalApiKey());
    return dto; // Noncompliant
  }

  @GetMapping("/field")
  KeyDto field() {
    KeyDto dto = new KeyDto();
    dto.name = System.getenv("POSTHOG_PERSONAL_API_KEY");
    return dto; // Noncompliant
  }

  @GetMapping("/entity")
  ResponseEntity<String> entity() {
    return ResponseEntity.ok(settings.getPersonalApiKey()); // Noncompliant
  }

  @GetMapping("/built")
  ResponseEntity<KeyView> built() {
    String key = settings.getPersonalApiKey();
    return ResponseEntity.status(HttpStatus.OK)
        .header("X-Key", key) // Noncompliant
        .body(new KeyView("host", "none"));
  }

  @GetMapping("/chained")
  ResponseEntity<KeyView> chained() {
    return ResponseEntity.ok()
        .header("X-Host", "eu")
        .header("X-Configured", String.valueOf(settings.getPersonalApiKey() != null))
        .body(
            new KeyView("host", settings.getPersonalApiKey())); // Noncompliant@-1
  }

  @GetMapping("/body")
  ResponseEntity<KeyView> body() {
    return ResponseEntity.ok().body(new KeyView("host", settings.getPersonalApiKey())); // Noncompliant
  }

  @GetMapping("/created")
  ResponseEntity<String> created() {
    return new ResponseEntity<>(settings.getPersonalApiKey(), new HttpHeaders(), HttpStatus.OK); // Noncompliant
  }

  @GetMapping("/hint")
  KeyView hint() {
    String key = settings.getPersonalApiKey();
    return new KeyView("https://eu.i.posthog.com", "phx_..." + key.substring(key.length() - 4));
  }

  record KeyHint(String host, @com.fasterxml.jackson.annotation.JsonProperty("personal_key_hint") String personalKeyHint, boolean hasPersonalApiKey) {}

  @GetMapping("/key-hint")
  KeyHint keyHint() {
    String key = settings.getPersonalApiKey();
    return new KeyHint("eu", key.substring(0, 4) + "..." + key.substring(key.length() - 4), true);
  }

  @GetMapping("/project")
  KeyView project() {
    return new KeyView("https://eu.i.posthog.com", settings.getProjectApiKey());
  }

  @GetMapping("/status")
  Status status() {
    String key = settings.getPersonalApiKey();
    return new Status(key != null, key.length());
  }

  @GetMapping("/masked")
  String masked() {
    String key = settings.getPersonalApiKey();
    return "phx_..." + key.substring(key.length() - 4);
  }

  /** Not a mapping: the value stays on the server. */
  String helper() {
    return settings.getPersonalApiKey();
  }
}
