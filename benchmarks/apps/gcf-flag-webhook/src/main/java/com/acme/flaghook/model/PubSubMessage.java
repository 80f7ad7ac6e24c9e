package com.acme.flaghook.model;

import java.util.Map;

/** Pub/Sub push payload as the functions framework deserialises it for background functions. */
public class PubSubMessage {

  private String data;
  private Map<String, String> attributes;
  private String messageId;
  private String publishTime;

  public String getData() {
    return data;
  }

  public Map<String, String> getAttributes() {
    return attributes == null ? Map.of() : attributes;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getPublishTime() {
    return publishTime;
  }
}
