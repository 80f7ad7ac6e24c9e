package app;

import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.program.Program;

/**
 * An SWT app's embedded browser runs the page's scripts, which see what the app hands them; the
 * user's browser keeps the URLs it opens.
 */
public class Dashboard {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");
  private final Browser browser = new Browser(null, 0);

  void show() {
    browser.execute("posthog.init('" + projectApiKey + "')");
    browser.execute("flagDesk.configure({key: '" + personalApiKey + "'})"); // Noncompliant
    browser.evaluate("return api('" + personalApiKey + "')"); // Noncompliant
    browser.setText("<meta name=key content=" + personalApiKey + ">"); // Noncompliant
    browser.setUrl("https://eu.posthog.com/project/1?personal_api_key=" + personalApiKey); // Noncompliant
    browser.setUrl("https://eu.posthog.com/project/1");
  }

  void export() {
    Program.launch("https://eu.posthog.com/export?key=" + personalApiKey); // Noncompliant
    Program.launch("https://eu.posthog.com/export");
  }
}
