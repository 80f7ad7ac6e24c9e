package flagservice;

/** A call PostHog refused. */
public class FlagApiFailed extends RuntimeException {
  public FlagApiFailed(String message) {
    super(message);
  }
}
