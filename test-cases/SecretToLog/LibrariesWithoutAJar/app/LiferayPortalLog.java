package app;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;

/** A Liferay module logs through the portal's Log, which writes the portal's log files. */
public class LiferayPortalLog {
  private static final Log _log = LogFactoryUtil.getLog(LiferayPortalLog.class);
  private final String webhookSecret = System.getenv("FLAGS_WEBHOOK_SECRET");
  private final String syncPassword = System.getenv("FLAGS_SYNC_PASSWORD");

  void verify(String signature, Exception cause) {
    if (_log.isDebugEnabled()) {
      _log.debug("verifying with " + webhookSecret); // Noncompliant
    }
    _log.warn("signature mismatch: " + signature.length() + " characters");
    _log.error("webhook secret set: " + (webhookSecret != null), cause);
    LogFactoryUtil.getLog(LiferayPortalLog.class).info("sync as " + syncPassword); // Noncompliant
  }
}
