package com.google.protobuf;

/** Protobuf's immutable bytes, as far as the case needs them. */
public abstract class ByteString {
  public abstract String toStringUtf8();

  public abstract int size();
}
