package fluent;

/** A model as OpenAPI Generator writes it: each setter returns the object. */
public class ClientConfig {
  private String apiHost;
  private String localEvaluationKey;

  public ClientConfig apiHost(String apiHost) {
    this.apiHost = apiHost;
    return this;
  }

  public ClientConfig localEvaluationKey(String localEvaluationKey) {
    this.localEvaluationKey = localEvaluationKey;
    return this;
  }

  public String getApiHost() {
    return apiHost;
  }

  public String getLocalEvaluationKey() {
    return localEvaluationKey;
  }
}
