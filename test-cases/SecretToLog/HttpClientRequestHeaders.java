import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequest;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The headers an Apache HttpClient 5 request carries, read one by one: its Authorization header. */
public class HttpClientRequestHeaders {
  private static final Logger log = LoggerFactory.getLogger(HttpClientRequestHeaders.class);

  IllegalStateException rejected(ClassicHttpRequest request, int status) {
    return new IllegalStateException("Rejected with " + request.getFirstHeader(HttpHeaders.AUTHORIZATION)); // Noncompliant
  }

  IllegalStateException failed(ClassicHttpRequest request, int status) {
    return new IllegalStateException("Failed with " + request.getFirstHeader(HttpHeaders.CONTENT_TYPE) + ": " + status);
  }

  IllegalStateException refused(HttpUriRequest request) {
    return new IllegalStateException("Refused with " + request.getFirstHeader(HttpHeaders.AUTHORIZATION)); // Noncompliant
  }

  void sent(HttpGet get, HttpPost post) {
    log.debug("GET with {}", get.getFirstHeader("Authorization")); // Noncompliant
    log.debug("POST with {}", post.getFirstHeader("Authorization")); // Noncompliant
    log.debug("POST of {}", post.getFirstHeader("Content-Type"));
  }
}
