package okhttp3;

/** OkHttp's interceptor, as far as the case needs it. */
public interface Interceptor {
  Response intercept(Chain chain) throws java.io.IOException;

  interface Chain {
    Request request();

    Response proceed(Request request) throws java.io.IOException;
  }
}
