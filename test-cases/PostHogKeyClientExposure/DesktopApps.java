import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * A JavaFX app ships to every user: any use of a personal key its build puts in it gives the key
 * away; a key the user runs it with (a getter of unknown origin, the environment) stays theirs.
 */
public class DesktopApps extends Application {
  private static final String FLAGS_KEY = "phx_" + "rRpW0WxOe7tVpzdETNgI7YYi9t11vwusB3WT8DEKNp9"; // Noncompliant
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @Override
  public void start(Stage stage) {
    Label label = new Label(projectKey);
    label.setText("key " + FLAGS_KEY); // Noncompliant
    label.setTooltip(new javafx.scene.control.Tooltip(getPersonalApiKey())); // the user's own key
    stage.setTitle(FLAGS_KEY.isEmpty() ? "no key" : "flags");
    stage.setScene(new Scene(label));
    stage.show();
    getHostServices().showDocument("https://eu.posthog.com/flags?personal_api_key=" + getPersonalApiKey()); // Noncompliant
    getHostServices().showDocument("https://eu.posthog.com/flags");
  }

  String getPersonalApiKey() {
    return System.getenv("POSTHOG_PERSONAL_API_KEY");
  }
}
