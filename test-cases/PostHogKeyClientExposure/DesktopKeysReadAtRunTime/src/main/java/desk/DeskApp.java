package desk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import javax.swing.JOptionPane;

/**
 * A desktop app ships the keys its build packages (its resources), not those a developer's .env
 * file or the tests' resources write for the names it reads at run time.
 */
public class DeskApp {
  void start() throws IOException {
    Properties bundled = new Properties();
    try (InputStream in = DeskApp.class.getResourceAsStream("/desk.properties")) {
      bundled.load(in);
    }
    JOptionPane.showMessageDialog(null, bundled.getProperty("desk.flags-key")); // Noncompliant
    JOptionPane.showMessageDialog(null, System.getenv("POSTHOG_PERSONAL_API_KEY"));
    JOptionPane.showMessageDialog(null, System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"));
  }
}
