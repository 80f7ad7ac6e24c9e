package play.libs.ws;

import com.fasterxml.jackson.databind.JsonNode;

/** A stand-in for Play's WS response. */
public interface WSResponse {
  int getStatus();

  JsonNode asJson();
}
