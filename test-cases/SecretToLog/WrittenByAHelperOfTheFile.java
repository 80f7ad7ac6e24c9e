import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A private helper that logs the line it is given: the leak is each call that gives it a secret. A
 * helper that writes its parameter into its own message is reported where it logs it.
 */
public class WrittenByAHelperOfTheFile {
  private static final Logger log = LoggerFactory.getLogger(WrittenByAHelperOfTheFile.class);

  void start() {
    String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
    audit("starting with key " + personalKey); // Noncompliant [[secondary=12,26]]
    audit("starting");
    audit("host " + System.getenv("POSTHOG_HOST"));
    print(System.getProperty("db.password")); // Noncompliant [[secondary=30]]
    print("region eu");
  }

  void reject(String header) {
    refuse(System.getenv("ADMIN_TOKEN"));
    refuse("anonymous");
  }

  private void audit(String line) {
    log.info(line);
  }

  private static void print(String text) {
    System.out.println(text.trim());
  }

  private void refuse(String token) {
    log.warn("refused admin token {}", token); // Noncompliant
  }
}
