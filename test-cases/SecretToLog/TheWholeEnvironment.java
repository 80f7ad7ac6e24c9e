import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's environment holds its secrets (POSTHOG_PERSONAL_API_KEY, database passwords):
 * logged whole, entry by entry or filtered, every value of it is in the log. Its names, its size and
 * the variables picked by a name that is no secret's are fine.
 */
public class TheWholeEnvironment {
  private static final Logger log = LoggerFactory.getLogger(TheWholeEnvironment.class);

  private static final java.util.List<String> OVERRIDES =
      java.util.List.of("POSTHOG_HOST", "POSTHOG_PERSONAL_API_KEY");
  private static final String[] PUBLIC_ONES = {"POSTHOG_HOST", "POSTHOG_PROJECT_API_KEY"};

  void variablesPickedByAListOfNames() {
    for (String name : OVERRIDES) {
      log.debug("{}={}", name, System.getenv(name)); // Noncompliant
    }
    for (String name : PUBLIC_ONES) {
      log.debug("{}={}", name, System.getenv(name));
    }
    for (String name : java.util.Set.of("HOME", "USER")) {
      log.debug("{}={}", name, System.getenv(name));
    }
  }

  void loggedWhole() {
    log.info("environment: {}", System.getenv()); // Noncompliant
  }

  void entryByEntry() {
    for (Map.Entry<String, String> variable : System.getenv().entrySet()) {
      log.debug(variable.getKey() + "=" + variable.getValue()); // Noncompliant
    }
  }

  void throughForEach() {
    System.getenv().forEach((name, value) -> log.debug("{}={}", name, value)); // Noncompliant
  }

  void filteredByAPrefix() {
    System.getenv().entrySet().stream()
        .filter(variable -> variable.getKey().startsWith("POSTHOG_"))
        .forEach(variable -> log.info("{} = {}", variable.getKey(), variable.getValue())); // Noncompliant
  }

  void sortedFirst() {
    SortedMap<String, String> sorted = new TreeMap<>(System.getenv());
    log.info("environment: {}", sorted); // Noncompliant
  }

  void pickedByASecretName() {
    Map<String, String> environment = System.getenv();
    log.info("key {}", environment.get("POSTHOG_PERSONAL_API_KEY")); // Noncompliant
  }

  void onlyTheNames() {
    log.info("variables: {}", System.getenv().keySet());
    for (Map.Entry<String, String> variable : System.getenv().entrySet()) {
      log.debug("variable {} is set", variable.getKey());
    }
    System.getenv().forEach((name, value) -> log.debug("{} is set", name));
    log.info("{} variables", System.getenv().size());
  }

  void pickedByANameThatIsNoSecrets() {
    Map<String, String> environment = System.getenv();
    log.info("home {}", environment.get("HOME"));
    log.info("shell {}", System.getenv().getOrDefault("SHELL", "/bin/sh"));
    log.info("path {}", System.getenv("PATH"));
    log.info("project key {}", environment.get("POSTHOG_API_KEY"));
    log.info("key set: {}", environment.containsKey("POSTHOG_PERSONAL_API_KEY"));
  }
}
