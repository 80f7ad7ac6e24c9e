package audit;

/** Formats audit lines so that every service writes them alike. */
final class AuditMessages {
  private AuditMessages() {}

  static String loginFailed(String username, String password) {
    return "LOGIN_FAILED user=" + username + " password=" + password;
  }

  static String loginSucceeded(String username, int passwordAge) {
    return "LOGIN_OK user=" + username + " password age=" + passwordAge;
  }
}
