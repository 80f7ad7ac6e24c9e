package dev.opsbots.flagbot;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.opsbots.flagbot.bot.CommandRouter;
import dev.opsbots.flagbot.bot.FlagBot;
import dev.opsbots.flagbot.config.BotConfig;
import dev.opsbots.flagbot.config.ConfigLoader;
import dev.opsbots.flagbot.config.PostHogSettings;
import dev.opsbots.flagbot.http.HttpClientFactory;
import dev.opsbots.flagbot.posthog.PostHogClients;
import dev.opsbots.flagbot.posthog.PostHogFlagsClient;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.TelegramBotsApi;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.updatesreceivers.DefaultBotSession;

public final class FlagBotApplication {

    private static final Logger log = LoggerFactory.getLogger(FlagBotApplication.class);

    private FlagBotApplication() {
    }

    public static void main(String[] args) throws TelegramApiException {
        BotConfig config = new ConfigLoader().load();
        PostHogSettings settings = config.posthog();
        log.info("PostHog settings: {}", settings);
        log.info("Using personal API key {}", settings.maskedPersonalKey());

        ObjectMapper mapper = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        OkHttpClient http = HttpClientFactory.posthogClient(settings);
        PostHogFlagsClient flagsClient = new PostHogFlagsClient(http, mapper, settings);

        PostHogInterface evaluator = settings.isDebug()
                ? PostHog.with(tracedConfig(settings))
                : PostHogClients.evaluationClient(settings);
        PostHogInterface capture = PostHogClients.captureClient(settings);

        CommandRouter router = new CommandRouter(config, flagsClient, mapper);
        FlagBot bot = new FlagBot(config, router);

        TelegramBotsApi botsApi = new TelegramBotsApi(DefaultBotSession.class);
        botsApi.registerBot(bot);
        capture.capture("flagbot-" + config.botUsername(), "flagbot_started");
        log.info("Bot @{} registered, canary flag enabled={}", config.botUsername(),
                evaluator.isFeatureEnabled("flagbot-canary", "flagbot-" + config.botUsername(), false));

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Shutting down PostHog clients");
            evaluator.close();
            capture.close();
            http.dispatcher().executorService().shutdown();
        }, "flagbot-shutdown"));
    }

    private static PostHogConfig tracedConfig(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(PostHogClients.ingestionHost(settings))
                .localEvaluation(true)
                .build();
        config.setPersonalApiKey(settings.getPersonalApiKey());
        config.setDebug(true);
        return config;
    }
}
