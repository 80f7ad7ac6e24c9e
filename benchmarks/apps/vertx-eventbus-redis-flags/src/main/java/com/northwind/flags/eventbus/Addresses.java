package com.northwind.flags.eventbus;

/**
 * Event bus addresses and the delivery headers we propagate from HTTP requests.
 */
public final class Addresses {

  public static final String FLAGS_EVALUATE = "flags.evaluate";
  public static final String FLAGS_RELOAD = "flags.reload";

  public static final String HEADER_REQUEST_ID = "x-request-id";
  public static final String HEADER_AUTHORIZATION = "Authorization";

  private Addresses() {
  }
}
