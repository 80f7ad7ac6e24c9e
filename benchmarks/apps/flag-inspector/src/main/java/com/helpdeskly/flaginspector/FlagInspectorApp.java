package com.helpdeskly.flaginspector;

import com.helpdeskly.flaginspector.api.FlagApiClient;
import com.helpdeskly.flaginspector.api.FlagEvaluatorFactory;
import com.helpdeskly.flaginspector.config.ConsoleConfig;
import com.helpdeskly.flaginspector.gateway.GatewayClient;
import com.helpdeskly.flaginspector.gateway.SupportSession;
import com.helpdeskly.flaginspector.telemetry.Telemetry;
import com.helpdeskly.flaginspector.ui.FlagLookupController;
import com.helpdeskly.flaginspector.ui.LoginController;
import com.posthog.server.PostHogInterface;
import java.io.IOException;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Flag Inspector: the support team's desktop tool for looking up customers' feature flags. */
public class FlagInspectorApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(FlagInspectorApp.class);

    private Telemetry telemetry;
    private PostHogInterface evaluator;

    @Override
    public void start(Stage stage) throws IOException {
        ConsoleConfig config = ConsoleConfig.load();
        GatewayClient gateway = new GatewayClient(config.getGatewayUrl());
        FXMLLoader loginLoader = new FXMLLoader(getClass().getResource("ui/login.fxml"));
        Parent loginRoot = loginLoader.load();
        LoginController login = loginLoader.getController();
        login.init(gateway, config.preferences(), session -> openConsole(stage, config, session));
        stage.setTitle("Flag Inspector");
        stage.setScene(new Scene(loginRoot));
        stage.show();
        login.restoreRememberedSession();
    }

    private void openConsole(Stage stage, ConsoleConfig config, SupportSession session) {
        try {
            telemetry = new Telemetry(config, session.agentEmail());
            evaluator = FlagEvaluatorFactory.forConfig(config);
            FlagApiClient api = new FlagApiClient(config.getApiHost(), config.getProjectId(), config.getPersonalApiKey());
            FXMLLoader loader = new FXMLLoader(getClass().getResource("ui/flag-lookup.fxml"));
            Parent root = loader.load();
            FlagLookupController controller = loader.getController();
            controller.init(config, session, api, evaluator, telemetry);
            Scene scene = new Scene(root, 1180, 760);
            scene.getStylesheets().add(getClass().getResource("ui/console.css").toExternalForm());
            stage.setScene(scene);
            stage.setTitle("Flag Inspector - " + session.agentEmail());
        } catch (IOException e) {
            LOG.error("Could not open the console", e);
        }
    }

    @Override
    public void stop() {
        if (telemetry != null) {
            telemetry.close();
        }
        if (evaluator != null) {
            evaluator.close();
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
