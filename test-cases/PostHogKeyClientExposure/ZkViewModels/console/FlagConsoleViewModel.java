package console;

import org.zkoss.bind.annotation.Command;
import org.zkoss.bind.annotation.Init;
import org.zkoss.zk.ui.Executions;
import org.zkoss.zk.ui.util.Clients;
import org.zkoss.zul.Label;
import org.zkoss.zul.Messagebox;

/**
 * A ZK MVVM view model: a ZUL page binds its getters (@load(vm.personalApiKey)), and what its
 * commands show, run or redirect to reaches the browser.
 */
public class FlagConsoleViewModel {
  private final ConsoleSettings settings = new ConsoleSettings();
  private final Label keyLabel = new Label();
  private boolean revealed;

  @Init
  public void init() {
    revealed = false;
  }

  public String getPersonalApiKey() {
    return revealed ? settings.getPersonalApiKey() : mask(settings.getPersonalApiKey()); // Noncompliant
  }

  public String getMaskedPersonalApiKey() {
    return mask(settings.getPersonalApiKey());
  }

  public String getProjectApiKey() {
    return settings.getProjectApiKey();
  }

  @Command
  public void reveal() {
    Messagebox.show("Personal key: " + settings.getPersonalApiKey()); // Noncompliant
    Messagebox.show("Key rejected", "PostHog " + settings.getPersonalApiKey(), Messagebox.OK, Messagebox.ERROR); // Noncompliant
    Clients.showNotification("Key " + settings.getPersonalApiKey()); // Noncompliant
    keyLabel.setValue(settings.getPersonalApiKey()); // Noncompliant
  }

  @Command
  public void openUsage() {
    Clients.evalJavaScript("usage.render('" + settings.getPersonalApiKey() + "')"); // Noncompliant
    Clients.evalJavaScript("posthog.init('" + settings.getProjectApiKey() + "')");
    Executions.sendRedirect("https://us.posthog.com/settings?personal_api_key=" + settings.getPersonalApiKey()); // Noncompliant
    Executions.sendRedirect("https://us.posthog.com/project/settings");
    keyLabel.setValue(mask(settings.getPersonalApiKey()));
  }

  private static String mask(String key) {
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }
}
