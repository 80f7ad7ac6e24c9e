package io.javalin.websocket;

public class WsMessageContext extends WsContext {
  public String message() {
    return "";
  }
}
