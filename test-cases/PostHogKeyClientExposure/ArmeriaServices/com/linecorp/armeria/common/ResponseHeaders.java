package com.linecorp.armeria.common;

/** A response's headers. */
public interface ResponseHeaders {
  static ResponseHeadersBuilder builder(HttpStatus status) {
    return null;
  }
}
