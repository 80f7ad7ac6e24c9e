package excfactory;

/** A factory whose callers give it a flag's key and a masked credential. */
public class FlagNotFoundException extends RuntimeException {
  private FlagNotFoundException(String message) {
    super(message);
  }

  public static FlagNotFoundException of(String flagKey, String maskedKey) {
    return new FlagNotFoundException("no flag " + flagKey + " for " + maskedKey);
  }
}
