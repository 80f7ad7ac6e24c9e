package com.linecorp.armeria.common;

/** Armeria's response, as far as the case needs it. */
public interface HttpResponse {
  static HttpResponse of(String content) {
    return null;
  }

  static HttpResponse of(HttpStatus status) {
    return null;
  }

  static HttpResponse of(HttpStatus status, MediaType type, String content) {
    return null;
  }

  static HttpResponse of(ResponseHeaders headers) {
    return null;
  }

  static HttpResponse ofJson(Object content) {
    return null;
  }

  static HttpResponse ofRedirect(String location) {
    return null;
  }
}
