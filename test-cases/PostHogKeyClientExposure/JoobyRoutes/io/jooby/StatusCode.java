package io.jooby;

/** An HTTP status, as far as the case needs it. */
public enum StatusCode {
  FOUND,
  SEE_OTHER
}
