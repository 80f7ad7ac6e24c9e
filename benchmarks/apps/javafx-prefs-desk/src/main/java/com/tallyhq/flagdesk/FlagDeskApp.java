package com.tallyhq.flagdesk;

import com.tallyhq.flagdesk.api.HttpClientFactory;
import com.tallyhq.flagdesk.api.PostHogApiClient;
import com.tallyhq.flagdesk.config.BuildDefaults;
import com.tallyhq.flagdesk.config.DeskSettings;
import com.tallyhq.flagdesk.config.PreferencesStore;
import com.tallyhq.flagdesk.flags.LocalFlagEvaluator;
import com.tallyhq.flagdesk.telemetry.DeskTelemetry;
import com.tallyhq.flagdesk.ui.MainController;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.UUID;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

public class FlagDeskApp extends Application {

    private static final Logger log = LoggerFactory.getLogger(FlagDeskApp.class);

    private DeskTelemetry telemetry;
    private LocalFlagEvaluator evaluator;

    @Override
    public void init() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    @Override
    public void start(Stage stage) throws Exception {
        UUID sessionId = UUID.randomUUID();
        log.info("{} starting, launch session {}", BuildDefaults.APP_NAME, sessionId);

        PreferencesStore store = new PreferencesStore();
        DeskSettings settings = store.snapshot();
        if (getParameters().getRaw().contains("--verbose")) {
            System.out.println("[flag-desk] host=" + store.host() + " project=" + store.projectId() + " key=" + store.personalApiKey());
        }

        HttpClient http = HttpClientFactory.create(settings);
        PostHogApiClient api = new PostHogApiClient(http, store);
        telemetry = new DeskTelemetry(store);
        evaluator = new LocalFlagEvaluator(store);

        FXMLLoader loader = new FXMLLoader(getClass().getResource("/com/tallyhq/flagdesk/fxml/main.fxml"));
        Parent root = loader.load();
        MainController main = loader.getController();
        main.init(store, api, http, telemetry, evaluator, getHostServices());

        Thread.setDefaultUncaughtExceptionHandler((t, e) -> log.error("Uncaught exception on {}", t.getName(), e));

        stage.setTitle(BuildDefaults.APP_NAME + " - project " + settings.projectId());
        stage.setScene(new Scene(root, 1100, 720));
        stage.show();
        telemetry.track("app started", Map.of("java", System.getProperty("java.version")));
    }

    @Override
    public void stop() {
        if (evaluator != null) {
            evaluator.close();
        }
        if (telemetry != null) {
            telemetry.close();
        }
    }

    public static void main(String[] args) {
        launch(FlagDeskApp.class, args);
    }
}
