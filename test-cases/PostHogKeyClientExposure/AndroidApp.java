import android.app.Activity;
import android.content.SharedPreferences;
import android.os.Bundle;
import android.widget.TextView;

/** Android code ships to the device: any use of a personal key there gives it away. */
public class AndroidApp extends Activity {
  private static final String FLAGS_KEY = System.getProperty("posthog.personal.api.key"); // Noncompliant
  private static final String PROJECT_KEY = System.getProperty("posthog.api.key");
  private SharedPreferences preferences;
  private TextView label;

  @Override
  protected void onCreate(Bundle state) {
    super.onCreate(state);
    preferences.edit().putString("posthog", getPersonalApiKey()).apply(); // Noncompliant
    label.setText("key " + FLAGS_KEY); // Noncompliant
    label.setText(PROJECT_KEY);
    label.setText(String.valueOf(FLAGS_KEY.isEmpty()));
    // a test of the key, and a call that hands it back: nothing leaves the code there
    boolean placeholder = "phx_your_personal_api_key".equals(FLAGS_KEY);
    String key = java.util.Objects.requireNonNullElse(FLAGS_KEY, "");
    label.setText(key); // Noncompliant
    // a preference read with the key as its fallback hands it back: shown where it is shown
    String saved = preferences.getString("admin_key", FLAGS_KEY);
    label.setText(saved); // Noncompliant
  }

  void logged() {
    // SecretToLog reports the log call: the key ships where the app holds it, not again here
    android.util.Log.d("flags", "key " + getPersonalApiKey());
  }

  void refresh() {
    // the app's own method hands the key on inside the app: its uses are reported where they are
    sync(getPersonalApiKey());
    new FlagsPanel(FLAGS_KEY).show();
  }

  void sync(String personalApiKey) {
    label.setText(personalApiKey); // Noncompliant
  }

  String getPersonalApiKey() {
    return "unknown";
  }
}

/** A view of the app, given the key by the activity. */
class FlagsPanel {
  private final String personalApiKey;

  FlagsPanel(String personalApiKey) {
    this.personalApiKey = personalApiKey;
  }

  void show() {}
}
