package app;

import java.util.logging.Logger;
import org.eclipse.swt.widgets.Text;

/** What a user typed into an SWT field the code names for a secret is one. */
public class DesktopPreferences {
  private static final Logger LOG = Logger.getLogger(DesktopPreferences.class.getName());

  private final Text proxyHostText = new Text(null, 0);
  private final Text proxyPasswordText = new Text(null, 1 << 22);

  void save() {
    LOG.info("proxy " + proxyHostText.getText());
    LOG.info("proxy password " + proxyPasswordText.getText()); // Noncompliant
    LOG.info("proxy password set: " + !proxyPasswordText.getText().isEmpty());
  }
}
