import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Logger;

/** What comes before a separator that parts a name from its credential is the name. */
public class CredentialsSplitAtASeparator {
  private static final Logger LOG = Logger.getLogger("auth");

  void basic(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    String decoded =
        new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
    int colon = decoded.indexOf(':');
    LOG.info("basic login of " + decoded.substring(0, colon));
    String user = colon < 0 ? decoded : decoded.substring(0, colon);
    LOG.info("basic user " + user);
    LOG.fine("basic password " + decoded.substring(colon + 1)); // Noncompliant
  }

  void signed(HttpServletRequest request) {
    String token = request.getHeader("X-Console-Token");
    LOG.info("operator " + token.substring(0, token.lastIndexOf('.')));
    LOG.fine("console token " + token); // Noncompliant
  }

  void cookieHeader(HttpServletRequest request) {
    String cookies = request.getHeader("Cookie");
    LOG.fine("first cookie " + cookies.substring(0, cookies.indexOf(';'))); // Noncompliant
  }
}
