package okhttp3;

/** OkHttp's client, as far as the case needs it. */
public final class OkHttpClient {
  public static final class Builder {
    public Builder addInterceptor(Interceptor interceptor) {
      return this;
    }

    public Builder addNetworkInterceptor(Interceptor interceptor) {
      return this;
    }

    public OkHttpClient build() {
      return new OkHttpClient();
    }
  }
}
