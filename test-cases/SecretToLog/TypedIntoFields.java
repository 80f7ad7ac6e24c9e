import java.util.logging.Logger;
import javax.swing.JPasswordField;
import javax.swing.JTextField;

/** What a user types into a password field, or a field the code names for a secret, is one. */
public class TypedIntoFields {
  private static final Logger LOG = Logger.getLogger("login");

  private final JTextField user = new JTextField();
  private final JTextField apiToken = new JTextField();
  private final JPasswordField secret = new JPasswordField();

  void submit() {
    LOG.info("login " + user.getText());
    LOG.info("token " + apiToken.getText()); // Noncompliant
    LOG.info("with " + new String(secret.getPassword())); // Noncompliant
    LOG.info("with " + secret.getPassword().length + " characters");
    LOG.info("typed " + secret.getText()); // Noncompliant
  }
}
