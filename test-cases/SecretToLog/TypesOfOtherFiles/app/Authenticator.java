package app;

/** The base of every authenticator: the credential it was given. */
public abstract class Authenticator {
  private final Credential credential;

  protected Authenticator(Credential credential) {
    this.credential = credential;
  }

  Credential getCredential() {
    return credential;
  }
}
