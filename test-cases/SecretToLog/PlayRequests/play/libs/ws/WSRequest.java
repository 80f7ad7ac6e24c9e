package play.libs.ws;

import java.util.concurrent.CompletionStage;

/** A stand-in for Play's WS request. */
public interface WSRequest {
  WSRequest addHeader(String name, String value);

  CompletionStage<WSResponse> post(Object body);
}
