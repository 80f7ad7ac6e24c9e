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
}
