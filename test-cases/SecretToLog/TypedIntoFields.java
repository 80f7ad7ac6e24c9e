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

  // Vaadin Flow: a PasswordField's value, a TextField named for a secret
  private final com.vaadin.flow.component.textfield.PasswordField candidate =
      new com.vaadin.flow.component.textfield.PasswordField("Personal API key");
  private final com.vaadin.flow.component.textfield.TextField tokenInput =
      new com.vaadin.flow.component.textfield.TextField("Token");
  private final com.vaadin.flow.component.textfield.TextField distinctId =
      new com.vaadin.flow.component.textfield.TextField("Distinct id");

  void verify() {
    LOG.info("checking " + candidate.getValue()); // Noncompliant
    LOG.info("checking " + tokenInput.getValue()); // Noncompliant
    LOG.info("previewing " + distinctId.getValue());
    LOG.info("entered " + candidate.getValue().length() + " characters");
    com.vaadin.flow.server.WrappedSession session =
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession();
    LOG.info("verified in HTTP session " + session.getId()); // Noncompliant
  }

  void attached(com.vaadin.flow.component.AttachEvent event, com.vaadin.flow.server.VaadinRequest request) {
    LOG.info("attached to HTTP session " + event.getSession().getSession().getId()); // Noncompliant
    LOG.info("request in HTTP session " + request.getWrappedSession().getId()); // Noncompliant
    LOG.info("UI " + event.getUI().getUIId() + " attached");
  }
}
