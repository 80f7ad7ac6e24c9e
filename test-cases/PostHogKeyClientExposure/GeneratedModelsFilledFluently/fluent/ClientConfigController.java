package fluent;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Returns what the settings build, and answers upstream failures with their reason. */
@RestController
public class ClientConfigController {
  private final Settings settings;

  public ClientConfigController(Settings settings) {
    this.settings = settings;
  }

  @GetMapping("/client-config")
  public ResponseEntity<ClientConfig> clientConfig() {
    return ResponseEntity.ok(settings.toClientConfig()); // Noncompliant
  }

  @GetMapping("/public-config")
  public ResponseEntity<ClientConfig> publicConfig() {
    return ResponseEntity.ok(settings.toPublicConfig());
  }

  @GetMapping("/fingerprint")
  public String fingerprint() {
    return settings.fingerprint();
  }

  @GetMapping("/flags")
  public String flags() {
    throw new ResponseStatusException(HttpStatus.BAD_GATEWAY, "PostHog refused key " + settings.getFlagsSecureKey());
  }

  @ExceptionHandler(ResponseStatusException.class)
  public ResponseEntity<ErrorResponse> upstream(ResponseStatusException ex) {
    ErrorResponse body = new ErrorResponse().code("UPSTREAM").message(ex.getReason());
    return ResponseEntity.status(ex.getStatusCode()).body(body); // Noncompliant
  }

  @ExceptionHandler(IllegalStateException.class)
  public ResponseEntity<ErrorResponse> invalid(IllegalStateException ex) {
    ErrorResponse body = new ErrorResponse().code("INVALID").message("invalid state");
    return ResponseEntity.badRequest().body(body);
  }
}
