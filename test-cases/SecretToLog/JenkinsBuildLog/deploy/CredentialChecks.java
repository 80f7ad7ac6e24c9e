package deploy;

import java.util.logging.Logger;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.stapler.StaplerRequest2;

/** A credential's secret and a Stapler request's session, in messages and logs. */
public class CredentialChecks {
  private static final Logger LOGGER = Logger.getLogger(CredentialChecks.class.getName());

  String personalKey(StringCredentials credentials) {
    String value = credentials.getSecret().getPlainText().trim();
    if (!value.startsWith("phx_")) {
      throw new IllegalArgumentException( // Noncompliant
          "Credential " + credentials.getId() + " must hold a personal API key, got '" + value + "'");
    }
    if (value.length() < 20) {
      throw new IllegalArgumentException("Credential " + credentials.getId() + " is too short");
    }
    return value;
  }

  void serve(StaplerRequest2 req) {
    LOGGER.fine(() -> "Serving " + req.getRequestURI() + " to session " + req.getSession().getId()); // Noncompliant
    LOGGER.fine(() -> "Serving " + req.getRequestURI());
  }

  void serveOlder(org.kohsuke.stapler.StaplerRequest req) {
    LOGGER.fine("Serving session " + req.getSession().getId()); // Noncompliant
  }
}
