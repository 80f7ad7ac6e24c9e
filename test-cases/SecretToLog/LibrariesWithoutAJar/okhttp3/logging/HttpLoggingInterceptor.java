package okhttp3.logging;

/** OkHttp's logging interceptor, as far as the case needs it. */
public final class HttpLoggingInterceptor implements okhttp3.Interceptor {
  public enum Level {
    NONE,
    BASIC,
    HEADERS,
    BODY
  }

  public interface Logger {
    void log(String message);
  }

  public HttpLoggingInterceptor() {}

  public HttpLoggingInterceptor(Logger logger) {}

  public HttpLoggingInterceptor setLevel(Level level) {
    return this;
  }

  public void redactHeader(String name) {}

  @Override
  public okhttp3.Response intercept(Chain chain) {
    return null;
  }
}
