package namedmsg;

/**
 * Builds messages with values that only their names call secrets: reported where the project
 * logs them (SyncJob, StatusPage), not here.
 */
public class FlagGateway {
  String definitions(String secureKey, boolean reachable) {
    if (!reachable) {
      throw new GatewayException("PostHog unreachable with secure key " + secureKey);
    }
    return "{}";
  }

  String refresh(String refreshToken, boolean accepted) {
    if (!accepted) {
      // a JDK exception: its handlers receive what the libraries throw as well
      throw new IllegalStateException("refresh token " + refreshToken + " rejected"); // Noncompliant
    }
    return "ok";
  }
}
