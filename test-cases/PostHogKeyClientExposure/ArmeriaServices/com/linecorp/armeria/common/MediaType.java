package com.linecorp.armeria.common;

/** A media type. */
public final class MediaType {
  public static final MediaType PLAIN_TEXT_UTF_8 = new MediaType();
}
