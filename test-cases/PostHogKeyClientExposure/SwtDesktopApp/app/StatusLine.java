package app;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Label;

/**
 * An SWT app or an Eclipse plug-in ships to every user: a key its build puts in it gives the key
 * away wherever it is used. The key a user configures stays theirs.
 */
public class StatusLine {
  private static final String FALLBACK_SECURE_KEY = // Noncompliant
      "phs_" + "Enhv8NEGXssxQfGmScxxcGsmfgeXgV92md6VYhmWsYmGjyGA";
  private final Label label = new Label(null, 0);
  private final String configuredKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  void show() {
    label.setText("using " + FALLBACK_SECURE_KEY); // Noncompliant
    label.setText("using " + configuredKey);
    MessageDialog.openInformation(null, "PostHog", "key " + configuredKey);
  }
}
