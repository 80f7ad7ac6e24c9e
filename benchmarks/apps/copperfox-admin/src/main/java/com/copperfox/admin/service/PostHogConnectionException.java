package com.copperfox.admin.service;

public class PostHogConnectionException extends Exception {

  public PostHogConnectionException(String message) {
    super(message);
  }
}
