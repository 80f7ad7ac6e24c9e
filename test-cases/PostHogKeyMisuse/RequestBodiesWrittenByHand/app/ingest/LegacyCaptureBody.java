package app.ingest;

/** A capture body whose field is named as JSON writes it: what the constructor sets it to. */
public final class LegacyCaptureBody {
  @SuppressWarnings("checkstyle:MemberName")
  private final String api_key;

  private final String event;

  public LegacyCaptureBody(String key, String event) {
    this.api_key = key;
    this.event = event;
  }
}
