package dev.opsbots.flagbot.bot;

import dev.opsbots.flagbot.config.BotConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.bots.TelegramLongPollingBot;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Message;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

public class FlagBot extends TelegramLongPollingBot {

    private static final Logger log = LoggerFactory.getLogger(FlagBot.class);

    private final BotConfig config;
    private final CommandRouter router;

    public FlagBot(BotConfig config, CommandRouter router) {
        super(config.botToken());
        this.config = config;
        this.router = router;
        log.info("Starting @{} with bot token {}", config.botUsername(), config.botToken());
    }

    @Override
    public String getBotUsername() {
        return config.botUsername();
    }

    @Override
    public void onUpdateReceived(Update update) {
        if (update.hasMessage() && update.getMessage().hasText()) {
            Message message = update.getMessage();
            long chatId = message.getChatId();
            if (!config.isChatAllowed(chatId)) {
                log.warn("Ignoring update {} from chat {}", update.getUpdateId(), chatId);
                return;
            }
            send(router.onMessage(chatId, message.getFrom().getId(), message.getText()));
        } else if (update.hasCallbackQuery()) {
            CallbackQuery callback = update.getCallbackQuery();
            long chatId = callback.getMessage().getChatId();
            if (!config.isChatAllowed(chatId)) {
                return;
            }
            send(router.onCallback(chatId, callback.getFrom().getId(), callback.getData()));
            try {
                execute(AnswerCallbackQuery.builder().callbackQueryId(callback.getId()).build());
            } catch (TelegramApiException e) {
                log.debug("Could not answer callback {}", callback.getId(), e);
            }
        }
    }

    private void send(SendMessage message) {
        try {
            execute(message);
        } catch (TelegramApiException e) {
            log.error("Failed to send reply to chat {}", message.getChatId(), e);
        }
    }
}
