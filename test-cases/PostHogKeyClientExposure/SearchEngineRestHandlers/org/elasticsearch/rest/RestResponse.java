package org.elasticsearch.rest;

/** A REST response of the engine, as far as the case needs it. */
public class RestResponse {
  public RestResponse(String status, String content) {}

  public RestResponse(String status, String contentType, String content) {}

  public void addHeader(String name, String value) {}
}
