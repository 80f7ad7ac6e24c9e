package org.telegram.telegrambots.meta.api.methods.send;

public class SendMessage {
  public SendMessage() {}

  public SendMessage(String chatId, String text) {}

  public void setChatId(String chatId) {}

  public void setText(String text) {}

  public static SendMessageBuilder builder() {
    return new SendMessageBuilder();
  }

  public static class SendMessageBuilder {
    public SendMessageBuilder chatId(long chatId) {
      return this;
    }

    public SendMessageBuilder text(String text) {
      return this;
    }

    public SendMessageBuilder parseMode(String parseMode) {
      return this;
    }

    public SendMessage build() {
      return new SendMessage();
    }
  }
}
