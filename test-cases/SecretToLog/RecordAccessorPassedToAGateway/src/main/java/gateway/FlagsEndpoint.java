package gateway;

/** Hands the personal key, read through the record's accessor, to a gateway of another file. */
public class FlagsEndpoint {
  private final PostHogConfiguration configuration;
  private final FlagGateway gateway = new FlagGateway();

  public FlagsEndpoint(PostHogConfiguration configuration) {
    this.configuration = configuration;
  }

  public String evaluate() {
    return gateway.evaluate(configuration.host(), configuration.personalApiKey());
  }
}
