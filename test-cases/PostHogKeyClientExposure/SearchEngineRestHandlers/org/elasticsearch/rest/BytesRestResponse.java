package org.elasticsearch.rest;

/** The engine's bytes response, as far as the case needs it. */
public class BytesRestResponse extends RestResponse {
  public static final String TEXT_CONTENT_TYPE = "text/plain; charset=UTF-8";

  public BytesRestResponse(String status, String content) {
    super(status, content);
  }

  public BytesRestResponse(String status, String contentType, String content) {
    super(status, contentType, content);
  }
}
