import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;

/** Secrets by API: request headers, sessions, Spring and MicroProfile configuration. */
public class WebAndConfigSources extends HttpServlet {
  private static final Logger log = LoggerFactory.getLogger(WebAndConfigSources.class);

  @Value("${posthog.personal-api-key}")
  private String flagsKey;

  @Value("${posthog.api.key}")
  private String projectKey;

  @ConfigProperty(name = "posthog.personal-api-key")
  String microprofileKey;

  @ConfigProperty(name = "kafka.sasl.jaas.config")
  String jaasConfig;

  @ConfigProperty(name = "kafka.sasl.mechanism")
  String saslMechanism;

  private Environment environment;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    String auth = request.getHeader("Authorization");
    log.info("auth header {}", auth); // Noncompliant
    log("session " + request.getSession().getId()); // Noncompliant
    log.info("agent {}", request.getHeader("User-Agent"));
  }

  void configuration() {
    log.info("flags key {}", flagsKey); // Noncompliant
    log.info("microprofile key {}", microprofileKey); // Noncompliant
    log.info("env key {}", environment.getProperty("posthog.personalApiKey")); // Noncompliant
    log.info("project key {}", projectKey);
    log.info("host {}", environment.getProperty("posthog.host"));
    // a JAAS login line holds its password; the SASL mechanism's name is no secret
    log.info("kafka login {} with {}", jaasConfig, saslMechanism); // Noncompliant
    log.info("kafka mechanism {}", saslMechanism);
  }
}
