import java.net.PasswordAuthentication;
import java.util.Properties;

/** Secrets the JDK hands out by API and by configuration key. */
public class JdkSecrets {
  void passwordAuthentication(PasswordAuthentication authentication) {
    System.out.println("password " + new String(authentication.getPassword())); // Noncompliant
    System.out.println("user " + authentication.getUserName());
  }

  void properties(Properties properties) {
    String dbPassword = properties.getProperty("db.password");
    System.err.println("connecting with " + dbPassword); // Noncompliant
    System.err.println("connecting to " + properties.getProperty("db.url"));
  }

  void environment() {
    System.out.println(System.getenv().get("POSTHOG_PERSONAL_API_KEY")); // Noncompliant
    System.out.println(System.getenv().get("POSTHOG_HOST"));
  }

  void consolePassword(java.io.Console console) {
    char[] typed = console.readPassword("PostHog personal API key: ");
    String key = new String(typed).trim();
    System.err.println("read " + key); // Noncompliant
    System.err.println("read " + key.length() + " characters");
  }

  void propertiesToSave(String host) {
    Properties settings = new Properties();
    settings.setProperty("posthog.host", host);
    System.out.println("saving " + settings);
    settings.setProperty("posthog.personal-api-key", System.getenv("POSTHOG_PERSONAL_API_KEY"));
    System.out.println("saving " + settings); // Noncompliant
  }
}
