package app;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.ui.plugin.AbstractUIPlugin;

/** What an Eclipse plug-in's preferences hold under a key named for a secret is one. */
public class EclipsePluginPreferences extends AbstractUIPlugin {
  private static final String PLUGIN_ID = "com.example.flags";
  private static final String PERSONAL_API_KEY = "personalApiKey";
  private static final String PROXY_PASSWORD = "proxyPassword";
  private static final String LEGACY_TOKEN = "legacyAccessToken";
  private static final String HOST = "host";
  private static final ILog LOG = Platform.getLog(EclipsePluginPreferences.class);

  void show(ISecurePreferences secure) throws StorageException {
    String legacyToken = DefaultScope.INSTANCE.getNode(PLUGIN_ID).get(LEGACY_TOKEN, "");
    LOG.warn("migrating " + legacyToken); // Noncompliant
    String host = InstanceScope.INSTANCE.getNode(PLUGIN_ID).get(HOST, "https://eu.posthog.com");
    LOG.info("host " + host);
    String stored = getPreferenceStore().getString(PERSONAL_API_KEY);
    LOG.info("stored " + stored); // Noncompliant
    LOG.info("default host " + getPreferenceStore().getDefaultString(HOST));
    String proxy = secure.get(PROXY_PASSWORD, null);
    LOG.info("proxy " + proxy); // Noncompliant
    LOG.info("proxy set: " + (proxy != null));
  }
}
