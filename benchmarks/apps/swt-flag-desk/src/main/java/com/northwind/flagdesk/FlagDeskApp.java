package com.northwind.flagdesk;

import com.northwind.flagdesk.analytics.AnalyticsService;
import com.northwind.flagdesk.config.CredentialHolder;
import com.northwind.flagdesk.config.FlagDeskSettings;
import com.northwind.flagdesk.config.SettingsStore;
import com.northwind.flagdesk.flags.FlagApiClient;
import com.northwind.flagdesk.flags.LocalFlagEvaluator;
import com.northwind.flagdesk.logging.LoggingSetup;
import com.northwind.flagdesk.session.DeskSession;
import com.northwind.flagdesk.ui.MainWindow;
import java.io.IOException;
import java.util.Arrays;
import java.util.logging.Logger;
import org.eclipse.swt.widgets.Display;

/** Entry point: logging, settings, PostHog clients, then the SWT event loop. */
public final class FlagDeskApp {

  private static final Logger LOG = Logger.getLogger(FlagDeskApp.class.getName());

  private FlagDeskApp() {}

  public static void main(String[] args) throws IOException {
    LoggingSetup.install(Arrays.asList(args).contains("--verbose"));
    Display.setAppName("Flag Desk");

    SettingsStore store = SettingsStore.forCurrentUser();
    FlagDeskSettings settings = store.load();
    LOG.config("Settings loaded: " + settings);

    String envKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
    String personalKey = envKey != null ? envKey : settings.personalApiKey();
    CredentialHolder.setPersonalApiKey(personalKey);
    LOG.info(
        "Personal key present: "
            + (personalKey != null)
            + ", length "
            + (personalKey == null ? 0 : personalKey.length()));

    String operator = System.getProperty("user.name");
    Display display = new Display();
    try (AnalyticsService analytics = new AnalyticsService(settings, operator);
        LocalFlagEvaluator evaluator = new LocalFlagEvaluator(settings)) {
      FlagApiClient api = new FlagApiClient(settings);
      MainWindow window =
          new MainWindow(display, settings, store, api, evaluator, analytics, operator);
      window.open();
      while (!window.shell().isDisposed()) {
        if (!display.readAndDispatch()) {
          display.sleep();
        }
      }
      DeskSession session = window.currentSession();
      if (session != null) {
        LOG.fine(() -> "Closing PostHog session " + session.sessionId() + " of " + session.operator());
      }
    } finally {
      display.dispose();
    }
  }
}
