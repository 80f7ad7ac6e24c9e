package nestedbootstrap;

import org.springframework.web.bind.annotation.*;

/**
 * Annotations brought in by an on-demand import, and a factory of the package found once the
 * project is known: what the factory builds with the secure key reaches the browser.
 */
@RestController
class BootstrapController {
  private final BootstrapFactory factory;

  BootstrapController(BootstrapFactory factory) {
    this.factory = factory;
  }

  @GetMapping("/bootstrap")
  Bootstrap bootstrap() {
    return factory.withSecureKey(); // Noncompliant
  }

  @GetMapping("/bootstrap/public")
  Bootstrap publicBootstrap() {
    return factory.withProjectKey();
  }
}
