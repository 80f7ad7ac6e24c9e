package untyped;

/** An outbox row: an analytics session counter, and the refresh token of the call it replays. */
public class OutboxEvent {
  private Long sessionId;
  private String refreshToken;

  public Long getSessionId() {
    return sessionId;
  }

  public String getRefreshToken() {
    return refreshToken;
  }
}
