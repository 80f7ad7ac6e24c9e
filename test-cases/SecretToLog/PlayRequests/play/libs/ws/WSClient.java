package play.libs.ws;

/** A stand-in for Play's WS client. */
public interface WSClient {
  WSRequest url(String url);
}
