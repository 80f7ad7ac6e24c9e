import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;

/** A Swing app ships to every user: any use of a personal key in it gives the key away. */
public class SwingApp extends JFrame {
  private final String tokenType = "Bearer";

  SwingApp() {
    add(new JLabel("key " + getPersonalApiKey())); // Noncompliant
    JOptionPane.showMessageDialog(this, getPersonalApiKey()); // Noncompliant
    setTitle(getProjectApiKey());
    add(new JLabel(tokenType));
    add(new JLabel(getPersonalApiKey() == null ? "no key" : "key set"));
  }

  String getPersonalApiKey() {
    return System.getenv("POSTHOG_PERSONAL_API_KEY");
  }

  String getProjectApiKey() {
    return System.getenv("POSTHOG_PROJECT_API_KEY");
  }
}
