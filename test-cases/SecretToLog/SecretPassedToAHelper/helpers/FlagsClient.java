package helpers;

/** Hands its keys to helpers declared in other files: what they do with them is theirs to show. */
public class FlagsClient {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");
  private final AuditLog audit = new AuditLog();

  public void start(String sessionToken) {
    AuditLog.keyInUse("flags", personalKey);
    AuditLog.keyInUse("capture", projectKey);
    audit.record("session", sessionToken);
    audit.record("personal", personalKey);
    RequestSigner signer = new RequestSigner(personalKey);
    signer.sign("/api/feature_flag/local_evaluation");
  }
}
