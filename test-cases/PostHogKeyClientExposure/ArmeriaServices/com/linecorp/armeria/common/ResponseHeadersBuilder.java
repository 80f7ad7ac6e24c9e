package com.linecorp.armeria.common;

/** Builds a response's headers. */
public interface ResponseHeadersBuilder {
  ResponseHeadersBuilder add(CharSequence name, String value);

  ResponseHeadersBuilder set(CharSequence name, String value);

  ResponseHeadersBuilder contentType(MediaType type);

  ResponseHeadersBuilder cookie(Cookie cookie);

  ResponseHeaders build();
}
