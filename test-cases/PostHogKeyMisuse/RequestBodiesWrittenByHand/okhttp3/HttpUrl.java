package okhttp3;

/** OkHttp's URL, as far as the case needs it (OkHttp is not on the test classpath). */
public final class HttpUrl {
  public static HttpUrl get(String url) {
    return new HttpUrl();
  }

  public Builder newBuilder() {
    return new Builder();
  }

  /** Builds a URL in steps. */
  public static final class Builder {
    public Builder addPathSegments(String segments) {
      return this;
    }

    public Builder addQueryParameter(String name, String value) {
      return this;
    }

    public HttpUrl build() {
      return new HttpUrl();
    }
  }
}
