import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** A JavaFX app ships to every user: any use of a personal key in it gives the key away. */
public class DesktopApps extends Application {
  private static final String FLAGS_KEY = "phx_" + "rRpW0WxOe7tVpzdETNgI7YYi9t11vwusB3WT8DEKNp9"; // Noncompliant
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @Override
  public void start(Stage stage) {
    Label label = new Label(projectKey);
    label.setText("key " + FLAGS_KEY); // Noncompliant
    label.setTooltip(new javafx.scene.control.Tooltip(getPersonalApiKey())); // Noncompliant
    stage.setTitle(FLAGS_KEY.isEmpty() ? "no key" : "flags");
    stage.setScene(new Scene(label));
    stage.show();
  }

  String getPersonalApiKey() {
    return "unknown";
  }
}
