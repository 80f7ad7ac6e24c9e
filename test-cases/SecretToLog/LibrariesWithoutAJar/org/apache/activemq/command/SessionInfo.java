package org.apache.activemq.command;

public class SessionInfo {
  public String getSessionId() {
    return "ID:broker-1:1:1";
  }
}
