package com.acme.flaghook.diagnostics;

import com.acme.flaghook.config.BuildInfo;
import com.acme.flaghook.config.FlagHookConfig;
import com.acme.flaghook.config.PostHogCredentials;
import com.acme.flaghook.util.KeyMasker;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/** Writes a summary of the resolved configuration to Cloud Logging once per instance. */
public final class StartupDiagnostics {

  private static final Logger LOG = Logger.getLogger(StartupDiagnostics.class.getName());
  private static final AtomicBoolean DONE = new AtomicBoolean();

  private StartupDiagnostics() {}

  public static void logOnce(FlagHookConfig config) {
    if (!DONE.compareAndSet(false, true)) {
      return;
    }
    LOG.info("flag-webhook " + BuildInfo.VERSION + " cold start in " + config.getGcpProject());
    LOG.info("PostHog personal API key: " + KeyMasker.mask(config.getPersonalApiKey()));
    String secureKey = config.getFlagsSecureApiKey();
    LOG.config("Secure flags key present=" + (secureKey != null) + ", length=" + secureKey.length());

    PostHogCredentials credentials = config.credentials();
    LOG.fine("Resolved PostHog credentials: " + credentials);

    if (Boolean.parseBoolean(System.getenv("FLAGHOOK_DUMP_ENV"))) {
      System.getenv().forEach((name, value) -> LOG.finest("env " + name + "=" + value));
    }
  }
}
