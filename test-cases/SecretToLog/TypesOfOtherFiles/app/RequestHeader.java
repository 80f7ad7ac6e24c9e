package app;

/** A protocol header: its apiKey() is an enum, its sessionId() a number. */
public class RequestHeader {
  private final ApiKeys apiKey;
  private final int sessionId;

  public RequestHeader(ApiKeys apiKey, int sessionId) {
    this.apiKey = apiKey;
    this.sessionId = sessionId;
  }

  public ApiKeys apiKey() {
    return apiKey;
  }

  public int sessionId() {
    return sessionId;
  }
}
