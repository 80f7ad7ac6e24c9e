package errors;

/** Checks the key it is given: its message names the key, whoever passes it. */
public class KeyCheck {
  public void require(String candidate) {
    if (candidate == null || !candidate.startsWith("phx_")) {
      throw new KeyRejectedException("Personal API key " + candidate + " is not valid");
    }
  }
}
