package errors;

/** Thrown where a key fails its check, with the key in its message. */
public class KeyRejectedException extends RuntimeException {
  public KeyRejectedException(String message) {
    super(message);
  }
}
