package com.larkspur.flagdesk;

import com.larkspur.flagdesk.config.AdminSettings;
import com.larkspur.flagdesk.config.SettingsLoader;
import com.larkspur.flagdesk.posthog.PostHogAdminClient;
import com.larkspur.flagdesk.posthog.UsageTelemetry;
import com.larkspur.flagdesk.ui.MainController;
import com.larkspur.flagdesk.util.KeyMasker;
import java.io.IOException;
import java.util.List;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the jlink image (launcher name: flagdesk).
 */
public class FlagDeskApp extends Application {

    private static final Logger log = LoggerFactory.getLogger(FlagDeskApp.class);

    private AdminSettings settings;
    private UsageTelemetry telemetry;

    public static void main(String[] args) {
        if (List.of(args).contains("--print-config")) {
            printConfig(new SettingsLoader().load());
            return;
        }
        launch(args);
    }

    /** Support asks for this output when an admin reports "no flags". */
    private static void printConfig(AdminSettings s) {
        System.out.println("flagdesk.profile=" + s.profile());
        System.out.println("posthog.host=" + s.host());
        System.out.println("posthog.project-id=" + s.projectId());
        System.out.println("posthog.api.key=" + s.projectApiKey());
        System.out.println("posthog.personal-api-key=" + KeyMasker.mask(s.personalApiKey()));
        System.out.println("posthog.feature-flags-secure-api-key=" + s.flagsSecureKey());
        System.out.println("settings.file=" + s.sourceFile());
    }

    @Override
    public void init() {
        settings = new SettingsLoader().load();
    }

    @Override
    public void start(Stage stage) throws IOException {
        String adminEmail = System.getProperty("user.name") + "@larkspur.io";
        telemetry = new UsageTelemetry(settings, adminEmail);
        PostHogAdminClient client = new PostHogAdminClient(settings);

        FXMLLoader loader = new FXMLLoader(getClass().getResource("ui/main.fxml"));
        Parent root = loader.load();
        MainController controller = loader.getController();
        controller.init(settings, client, telemetry, getHostServices(), adminEmail);

        stage.setTitle("FlagDesk - " + settings.host());
        stage.setScene(new Scene(root, 1100, 720));
        stage.show();
        log.info("FlagDesk started (profile {})", settings.profile());
    }

    @Override
    public void stop() {
        if (telemetry != null) {
            telemetry.close();
        }
    }
}
