package okhttp3;

/** OkHttp's request, as far as the case needs it (OkHttp is not on the test classpath). */
public final class Request {
  public String header(String name) {
    return null;
  }

  public java.util.List<String> headers(String name) {
    return java.util.List.of();
  }
}
