package io.flagdesk;

import io.flagdesk.diagnostics.CrashReporter;
import io.flagdesk.ui.DiagnosticsController;
import io.flagdesk.ui.FlagsController;
import io.flagdesk.ui.SettingsController;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Flag Desk: a small desktop console for toggling and previewing PostHog feature flags.
 */
public class FlagDeskApp extends Application {

    private AppContext context;

    @Override
    public void init() {
        CrashReporter.install(Path.of(System.getProperty("user.home"), ".flagdesk", "crashes"));
        context = AppContext.create();
    }

    @Override
    public void start(Stage stage) throws IOException {
        Map<Class<?>, Function<AppContext, Object>> controllers = Map.of(
                FlagsController.class, FlagsController::new,
                SettingsController.class, SettingsController::new,
                DiagnosticsController.class, DiagnosticsController::new);

        FXMLLoader loader = new FXMLLoader(FlagDeskApp.class.getResource("ui/main.fxml"));
        loader.setControllerFactory(type -> controllers.get(type).apply(context));
        Parent root = loader.load();

        Scene scene = new Scene(root, 1100, 720);
        scene.getStylesheets().add(FlagDeskApp.class.getResource("ui/flagdesk.css").toExternalForm());
        stage.setTitle("Flag Desk — " + context.config().profile());
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
