package io.javalin.websocket;

public abstract class WsContext {
  public void send(Object message) {}
}
