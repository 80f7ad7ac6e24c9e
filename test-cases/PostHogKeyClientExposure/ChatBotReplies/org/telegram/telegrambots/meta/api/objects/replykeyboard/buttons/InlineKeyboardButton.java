package org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons;

public class InlineKeyboardButton {
  public void setText(String text) {}

  public void setUrl(String url) {}

  public static InlineKeyboardButtonBuilder builder() {
    return new InlineKeyboardButtonBuilder();
  }

  public static class InlineKeyboardButtonBuilder {
    public InlineKeyboardButtonBuilder text(String text) {
      return this;
    }

    public InlineKeyboardButtonBuilder url(String url) {
      return this;
    }

    public InlineKeyboardButtonBuilder callbackData(String data) {
      return this;
    }

    public InlineKeyboardButton build() {
      return new InlineKeyboardButton();
    }
  }
}
