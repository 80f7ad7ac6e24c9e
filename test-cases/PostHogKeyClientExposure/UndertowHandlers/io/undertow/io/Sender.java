package io.undertow.io;

/** Writes a response's body. */
public interface Sender {
  void send(String data);
}
