package app;

import java.util.logging.Logger;

/** A catch of a repository's own exception gets what the methods its try calls throw. */
public class LoginScreen {
  private static final Logger LOG = Logger.getLogger("login");
  private final AuthRepository repository = new AuthRepository();

  void submit(String email, String password) {
    try {
      repository.login(email, password);
    } catch (AuthRepository.AuthException e) {
      LOG.warning("Login failed: " + e.getMessage());
    }
  }

  void resume() {
    try {
      repository.refresh();
    } catch (AuthRepository.AuthException e) {
      LOG.warning("Resume failed: " + e.getMessage()); // Noncompliant
    }
  }
}
