import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every header of an OkHttp request, read by the names its headers hold (a curl line for a dry
 * run): the Authorization header among them. One header picked by a harmless name is that one.
 */
public class OkHttpRequestHeaders {
  private static final Logger log = LoggerFactory.getLogger(OkHttpRequestHeaders.class);

  static String asCurl(Request request) {
    StringBuilder curl = new StringBuilder("curl -X ").append(request.method());
    for (String name : request.headers().names()) {
      for (String value : request.headers(name)) {
        curl.append(" -H '").append(name).append(": ").append(value).append('\'');
      }
    }
    return curl.append(' ').append(request.url()).toString();
  }

  void dryRun(Request request) {
    System.out.println(asCurl(request)); // Noncompliant
    for (String name : request.headers().names()) {
      log.debug("{}: {}", name, request.header(name)); // Noncompliant
    }
    log.debug("Content-Type: {}", request.header("Content-Type"));
  }

  /** The request a WebSocket's handshake answer was sent for holds the Authorization it sent. */
  void opened(okhttp3.Response response) {
    log.info("socket open ({}), auth {}", response.code(), response.request().header("Authorization")); // Noncompliant
    log.info("socket open ({}) at {}", response.code(), response.request().url());
  }
}
