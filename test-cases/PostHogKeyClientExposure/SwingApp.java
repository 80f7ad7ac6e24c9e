import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;

/**
 * A Swing app ships to every user: a key its build puts in it gives the key away wherever it is
 * used. The key a user runs it with, from their own environment, stays theirs.
 */
public class SwingApp extends JFrame {
  private static final String SUPPORT_KEY = "phx_" + "sWnG0WxOe7tVpzdETNgI7YYi9t11vwusB3WT8DEKNp9"; // Noncompliant
  private final String tokenType = "Bearer";

  SwingApp() {
    add(new JLabel("key " + SUPPORT_KEY)); // Noncompliant
    JOptionPane.showMessageDialog(this, SUPPORT_KEY); // Noncompliant
    add(new JLabel("key " + getPersonalApiKey()));
    JOptionPane.showMessageDialog(this, getPersonalApiKey());
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
