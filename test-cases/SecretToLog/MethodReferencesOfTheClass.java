import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** A method of the class handed to a call as a reference gets what the call hands a function. */
public class MethodReferencesOfTheClass {
  private static final Logger LOG = Logger.getLogger(MethodReferencesOfTheClass.class.getName());

  void handOver(Optional<String> sessionId, List<String> hosts) {
    Optional<String> personalKey = Optional.ofNullable(System.getenv("POSTHOG_PERSONAL_API_KEY"));
    personalKey.ifPresent(this::announce);
    sessionId.ifPresent(MethodReferencesOfTheClass::remember);
    hosts.forEach(this::greet);
  }

  private void announce(String value) {
    LOG.info("using " + value); // Noncompliant
  }

  private static void remember(String value) {
    LOG.fine("remembered " + value); // Noncompliant
  }

  private void greet(String host) {
    LOG.info("hello " + host);
  }
}
