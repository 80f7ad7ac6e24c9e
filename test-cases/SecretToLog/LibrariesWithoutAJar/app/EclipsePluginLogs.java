package app;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Plugin;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

/**
 * An Eclipse plug-in writes to the workspace's error log (ILog, its statuses), which users attach
 * to bug reports, and to consoles of the Console view.
 */
public class EclipsePluginLogs extends Plugin {
  private static final String PLUGIN_ID = "com.example.flags";
  private static final ILog LOG = Platform.getLog(EclipsePluginLogs.class);
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String refreshToken = System.getenv("POSTHOG_REFRESH_TOKEN");
  private final String proxyPassword = System.getenv("PROXY_PASSWORD");
  private final String oauthAccessToken = System.getenv("POSTHOG_OAUTH_TOKEN");
  private final String clientSecret = System.getenv("OAUTH_CLIENT_SECRET");

  void statuses(Exception e) {
    LOG.info("using personal API key " + personalApiKey); // Noncompliant
    LOG.info("using personal API key " + personalApiKey.substring(0, 4) + "****");
    LOG.error("refresh with " + refreshToken + " failed", e); // Noncompliant
    LOG.log(new Status(IStatus.WARNING, PLUGIN_ID, "proxy login " + proxyPassword)); // Noncompliant
    LOG.log(new Status(IStatus.ERROR, PLUGIN_ID, "refresh failed", e));
    getLog().log(Status.error("token " + oauthAccessToken)); // Noncompliant
    ILog.of(EclipsePluginLogs.class).warn("client secret set: " + (clientSecret != null));
  }

  void console(MessageConsole console) {
    console.newMessageStream().println("secret " + clientSecret); // Noncompliant
    MessageConsoleStream out = console.newMessageStream();
    out.print("key set: " + !personalApiKey.isEmpty());
  }
}
