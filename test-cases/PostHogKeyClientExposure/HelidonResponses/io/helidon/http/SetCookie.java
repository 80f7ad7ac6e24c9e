package io.helidon.http;

public class SetCookie {
  public static SetCookie create(String name, String value) {
    return new SetCookie();
  }

  public static Builder builder(String name, String value) {
    return new Builder();
  }

  public static class Builder {
    public Builder path(String path) {
      return this;
    }

    public SetCookie build() {
      return new SetCookie();
    }
  }
}
