package app;

import com.intellij.openapi.diagnostic.Logger;

/** An IDE plugin's log is idea.log, which users attach to bug reports. */
public class IdePluginLogs {
  private static final Logger LOG = Logger.getInstance(IdePluginLogs.class);

  void stored(String personalApiKey, String host) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("stored key " + personalApiKey + " for " + host); // Noncompliant
    }
    LOG.info("stored a key for " + host + " (" + personalApiKey.length() + " characters)");
    Logger.getInstance(IdePluginLogs.class).info("key " + personalApiKey); // Noncompliant
  }
}
