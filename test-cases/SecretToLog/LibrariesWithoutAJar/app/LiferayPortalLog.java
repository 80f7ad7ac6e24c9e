package app;

import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;

/** A Liferay module logs through the portal's Log, which writes the portal's log files. */
public class LiferayPortalLog {
  private static final Log _log = LogFactoryUtil.getLog(LiferayPortalLog.class);
  private final String webhookSecret = System.getenv("FLAGS_WEBHOOK_SECRET");
  private final String syncPassword = System.getenv("FLAGS_SYNC_PASSWORD");
  private final String adminToken = System.getenv("FLAGS_ADMIN_TOKEN");
  private final String clientSecret = System.getenv("FLAGS_CLIENT_SECRET");

  void verify(String signature, Exception cause) {
    if (_log.isDebugEnabled()) {
      _log.debug("verifying with " + webhookSecret); // Noncompliant
    }
    _log.warn("signature mismatch: " + signature.length() + " characters");
    _log.error("webhook secret set: " + (webhookSecret != null), cause);
    LogFactoryUtil.getLog(LiferayPortalLog.class).info("sync as " + syncPassword); // Noncompliant
  }

  @Override
  public String toString() {
    StringBundler sb = new StringBundler(3);
    sb.append("{adminToken=");
    sb.append(adminToken);
    sb.append("}");
    return sb.toString();
  }

  void describe() {
    _log.info("client " + this); // Noncompliant
    _log.info(StringBundler.concat("secret ", clientSecret)); // Noncompliant
  }
}
