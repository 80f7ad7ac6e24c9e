package namedmsg;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tests what a future failed with. */
public class StatusPage {
  private static final Logger log = LoggerFactory.getLogger(StatusPage.class);
  private final boolean protectedByPassword = System.getenv("STATUS_PAGE_PASSWORD") != null;

  void show(CompletableFuture<String> definitions) {
    try {
      definitions.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof GatewayException failed) {
        log.warn("status unavailable: " + failed.getMessage()); // Noncompliant
        log.warn("status page protected: {}", protectedByPassword);
      }
    }
  }
}
