package com.lumenlabs.flagbot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.lumenlabs.flagbot.admin.AdminAuthFilter;
import com.lumenlabs.flagbot.admin.AdminStatusServlet;
import com.lumenlabs.flagbot.admin.DiagnosticsAssembler;
import com.lumenlabs.flagbot.admin.PostHogLinkServlet;
import com.lumenlabs.flagbot.config.BotConfig;
import com.lumenlabs.flagbot.config.EnvLoader;
import com.lumenlabs.flagbot.posthog.PostHogApiClient;
import com.lumenlabs.flagbot.posthog.PostHogClientFactory;
import com.lumenlabs.flagbot.service.FeatureFlagService;
import com.lumenlabs.flagbot.slack.AppHomeHandler;
import com.lumenlabs.flagbot.slack.FlagCommandHandler;
import com.lumenlabs.flagbot.support.KeyMasker;
import com.posthog.server.PostHogInterface;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jetty.SlackAppServer;
import com.slack.api.model.event.AppHomeOpenedEvent;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.Optional;

public final class FlagBotApplication {

    private static final Logger log = LoggerFactory.getLogger(FlagBotApplication.class);

    private FlagBotApplication() {
    }

    public static void main(String[] args) throws Exception {
        BotConfig config = BotConfig.load(new EnvLoader());
        log.info("Starting flagbot in '{}' against {}", config.getEnvironment(), config.getPosthogHost());
        log.info("Slack credentials: bot token present={}, signing secret length={}",
                config.getSlackBotToken() != null, config.getSlackSigningSecret().length());
        if (!config.hasPersonalApiKey()) {
            log.warn("{} is not set; /flag on|off and /flag list will fail", EnvLoader.PERSONAL_API_KEY_VAR);
        } else {
            log.info("PostHog personal key fingerprint {}", KeyMasker.sha256Hash(config.getPersonalApiKey()));
        }
        Optional.ofNullable(config.getPosthogSecretKey())
                .ifPresent(secretKey -> log.debug("Feature-flags secure key loaded: {}", secretKey));

        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        PostHogClientFactory posthogFactory = new PostHogClientFactory(config);
        PostHogInterface evaluation = posthogFactory.createEvaluationClient();
        PostHogInterface usage = posthogFactory.createUsageClient();
        PostHogApiClient api = new PostHogApiClient(config.posthogCredentials(), mapper);
        FeatureFlagService flags = new FeatureFlagService(api, evaluation, usage);

        AppConfig appConfig = AppConfig.builder()
                .singleTeamBotToken(config.getSlackBotToken())
                .signingSecret(config.getSlackSigningSecret())
                .build();
        App app = new App(appConfig);
        app.command("/flag", new FlagCommandHandler(flags));
        app.command("/flag-diagnose", (req, ctx) -> {
            PostHogInterface diagnostics = posthogFactory.createDiagnosticsClient();
            boolean enabled = diagnostics.isFeatureEnabled(req.getPayload().getUserId(), "flagbot-canary", false);
            diagnostics.close();
            return ctx.ack("SDK poll finished, `flagbot-canary` = " + enabled + ". See the bot's stdout for the dump.");
        });
        app.event(AppHomeOpenedEvent.class, new AppHomeHandler(config));
        log.info("Bolt app configured with signing secret {} for /slack/events on :{}",
                config.getSlackSigningSecret(), config.getSlackPort());

        DiagnosticsAssembler diagnostics = new DiagnosticsAssembler(config, flags);
        log.info("Startup diagnostics: {}", diagnostics.redactedSnapshot());
        Server admin = adminServer(config, diagnostics, mapper);
        admin.start();
        log.info(String.format("Ops console on :%d, sign in as %s / %s",
                config.getAdminPort(), config.getAdminUser(), config.getAdminPassword()));

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                admin.stop();
            } catch (Exception e) {
                log.warn("Admin server did not stop cleanly", e);
            }
            evaluation.close();
            usage.close();
        }, "flagbot-shutdown"));

        SlackAppServer server = new SlackAppServer(app, "/slack/events", config.getSlackPort());
        server.start();
    }

    private static Server adminServer(BotConfig config, DiagnosticsAssembler diagnostics, ObjectMapper mapper) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new AdminAuthFilter(config.getAdminUser(), config.getAdminPassword())),
                "/admin/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new AdminStatusServlet(diagnostics, mapper)), "/admin/status");
        context.addServlet(new ServletHolder(new PostHogLinkServlet(config)), "/admin/posthog/*");

        Server server = new Server(config.getAdminPort());
        server.setHandler(context);
        return server;
    }
}
