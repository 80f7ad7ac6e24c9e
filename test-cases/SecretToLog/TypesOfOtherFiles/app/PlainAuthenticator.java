package app;

/**
 * A getter it inherits from another file's class, named for a secret: that class's type says its
 * value shows no secret.
 */
public class PlainAuthenticator extends Authenticator {
  PlainAuthenticator(Credential credential) {
    super(credential);
  }

  RuntimeException failed(Throwable cause) {
    return new IllegalStateException("Exception authenticating " + getCredential(), cause);
  }
}
