package com.linecorp.armeria.common;

/** An HTTP status. */
public final class HttpStatus {
  public static final HttpStatus OK = new HttpStatus();
  public static final HttpStatus BAD_GATEWAY = new HttpStatus();
  public static final HttpStatus NO_CONTENT = new HttpStatus();
}
