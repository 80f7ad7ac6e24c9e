package kept.msg;

/** A message with a builder, written by hand as protobuf would generate it. */
public final class MobileConfig {
  private String host = "";
  private String flagsKey = "";
  private int pollSeconds;

  public static Builder newBuilder() {
    return new Builder();
  }

  public String getHost() {
    return host;
  }

  public String getFlagsKey() {
    return flagsKey;
  }

  public int getPollSeconds() {
    return pollSeconds;
  }

  public static final class Builder {
    private final MobileConfig config = new MobileConfig();

    public Builder setHost(String value) {
      config.host = value;
      return this;
    }

    public Builder setFlagsKey(String value) {
      config.flagsKey = value;
      return this;
    }

    public Builder setPollSeconds(int value) {
      config.pollSeconds = value;
      return this;
    }

    public MobileConfig build() {
      return config;
    }
  }
}
