package app.web;

import app.posthog.AnnotationsApi;
import app.posthog.LedgerStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The message of a JDK exception another file throws with a key: read where a catch surrounds a
 * call of that file's methods, or by a handler of that exception type.
 */
@RestController
public class AnnotationController {
  private final AnnotationsApi annotations = new AnnotationsApi();
  private final LedgerStore ledger = new LedgerStore();

  @PostMapping("/annotations")
  public ResponseEntity<String> annotate(@RequestBody String content) {
    try {
      annotations.annotate(content);
      return ResponseEntity.ok("annotated");
    } catch (IllegalStateException e) {
      return ResponseEntity.status(502).body(e.getMessage()); // Noncompliant
    }
  }

  @PostMapping("/annotations/retry")
  public ResponseEntity<String> retry(@RequestBody String content) {
    try {
      annotations.annotate(content);
      return ResponseEntity.ok("annotated");
    } catch (RuntimeException e) {
      return ResponseEntity.status(502).body("failed: " + e.getMessage()); // Noncompliant
    }
  }

  @PostMapping("/ledger")
  public ResponseEntity<String> store(@RequestBody String entry) {
    try {
      ledger.save(entry);
      return ResponseEntity.ok("stored");
    } catch (IllegalStateException | IllegalArgumentException e) {
      return ResponseEntity.badRequest().body(e.getMessage());
    }
  }

  @ExceptionHandler(IllegalStateException.class)
  public ResponseEntity<String> unavailable(IllegalStateException ex) {
    return ResponseEntity.status(503).body(ex.getMessage()); // Noncompliant
  }

  @ExceptionHandler(IllegalArgumentException.class)
  public ResponseEntity<String> invalid(IllegalArgumentException ex) {
    return ResponseEntity.badRequest().body(ex.getMessage());
  }

  @PostMapping("/annotations/validated")
  public ResponseEntity<String> validated(@RequestBody String content) {
    try {
      annotations.validate(content);
      annotations.annotate(content);
      return ResponseEntity.ok("annotated");
    } catch (IllegalStateException | IllegalArgumentException e) {
      return ResponseEntity.badRequest().body(e.getMessage()); // Noncompliant
    }
  }
}
