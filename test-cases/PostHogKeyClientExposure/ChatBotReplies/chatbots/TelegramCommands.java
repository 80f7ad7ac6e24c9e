package chatbots;

import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/** A Telegram bot's answers: every member of the chat reads them on a phone. */
public class TelegramCommands {
  private final BotSettings settings = BotSettings.fromEnvironment();

  public SendMessage onCommand(long chatId, String command) {
    return switch (command) {
      case "/config" -> reply(chatId, "<pre>" + settings.personalApiKey() + "</pre>"); // Noncompliant
      case "/status" -> reply(chatId, "Personal key: " + settings.maskedPersonalKey());
      case "/project" -> reply(chatId, "Project key: " + settings.projectApiKey());
      case "/length" -> reply(chatId, "Key length: " + settings.secureKey().length());
      default -> reply(chatId, "Unknown command " + command);
    };
  }

  public SendMessage flagsKey(long chatId) {
    return new SendMessage(String.valueOf(chatId), "Flags key: " + settings.secureKey()); // Noncompliant
  }

  public SendMessage plain(long chatId) {
    SendMessage message = new SendMessage();
    message.setChatId(String.valueOf(chatId));
    message.setText(settings.personalApiKey()); // Noncompliant
    return message;
  }

  public InlineKeyboardButton openFlag(int flagId) {
    return InlineKeyboardButton.builder()
        .text("JSON")
        .url(settings.host() + "/api/feature_flags/" + flagId + "?personal_api_key=" + settings.personalApiKey()) // Noncompliant
        .build();
  }

  public InlineKeyboardButton openProject() {
    InlineKeyboardButton button = new InlineKeyboardButton();
    button.setText("Project");
    button.setUrl(settings.host() + "/project?token=" + settings.projectApiKey());
    return button;
  }

  public InlineKeyboardButton openAdmin() {
    InlineKeyboardButton button = new InlineKeyboardButton();
    button.setUrl(settings.host() + "/admin?secret=" + settings.secureKey()); // Noncompliant
    return button;
  }

  private static SendMessage reply(long chatId, String html) {
    return SendMessage.builder().chatId(chatId).text(html).parseMode("HTML").build();
  }
}
