package callbacks;

/** What the flag client fails with: its message names the key it was refused. */
public class DefinitionsRefusedException extends RuntimeException {
  public DefinitionsRefusedException(String message) {
    super(message);
  }
}
