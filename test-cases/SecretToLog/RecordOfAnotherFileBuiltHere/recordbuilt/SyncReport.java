package recordbuilt;

/** A class whose hand-written toString() shows what its constructor is given. */
public class SyncReport {
  private final String host;
  private final String authKey;
  private final int flags;

  public SyncReport(String host, String authKey, int flags) {
    this.host = host;
    this.authKey = authKey;
    this.flags = flags;
  }

  @Override
  public String toString() {
    return "SyncReport{host=" + host + ", authKey=" + authKey + ", flags=" + flags + "}";
  }
}
