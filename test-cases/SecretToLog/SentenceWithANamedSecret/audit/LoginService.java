package audit;

/**
 * A sentence written with a secret known by its name travels to the file that logs it; the bare
 * value, handed to a method of another file, stays here (that method's own names judge it).
 */
public class LoginService {
  private final AuditLog audit = new AuditLog();

  public void failed(String username, String password) {
    audit.record("login failed for " + username + ", password=" + password);
  }

  public void failedAgain(String username, String password) {
    String line = String.format("second failure %s/%s", username, password);
    audit.recordFormatted(line);
  }

  public void failedThrice(String username, String password) {
    audit.recordBuilt(AuditMessages.loginFailed(username, password));
  }

  public void handedOver(String password) {
    audit.recordUser(password);
  }

  public void succeeded(String username, String password) {
    audit.recordOutcome(AuditMessages.loginSucceeded(username, password.length()));
    audit.recordOutcome("password accepted for " + username);
  }
}
