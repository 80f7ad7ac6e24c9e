package feign;

/** Feign's builder, as far as the case needs it. */
public final class Feign {
  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder {
    public Builder logLevel(Logger.Level level) {
      return this;
    }

    public Builder decoder(Object decoder) {
      return this;
    }
  }
}
