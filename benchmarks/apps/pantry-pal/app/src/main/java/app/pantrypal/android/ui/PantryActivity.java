package app.pantrypal.android.ui;

import android.os.Bundle;
import android.util.Log;
import android.webkit.CookieManager;
import android.webkit.WebView;
import android.webkit.WebViewClient;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;
import app.pantrypal.android.BuildConfig;
import app.pantrypal.android.R;
import app.pantrypal.android.ui.flags.StaffFlagsViewModel;
import com.posthog.PostHog;
import java.util.Map;

public class PantryActivity extends AppCompatActivity {

  private static final String TAG = "PantryActivity";
  private static final String RECIPES_URL = "https://recipes.pantrypal.app/";

  private long cookingSessionId;

  @Override
  protected void onCreate(Bundle savedInstanceState) {
    super.onCreate(savedInstanceState);
    setContentView(R.layout.activity_pantry);

    WebView recipes = findViewById(R.id.recipes_web_view);
    recipes.getSettings().setJavaScriptEnabled(true);
    recipes.setWebViewClient(
        new WebViewClient() {
          @Override
          public void onPageFinished(WebView view, String url) {
            view.evaluateJavascript("window.posthog && posthog.init('" + BuildConfig.POSTHOG_API_KEY + "', {api_host: '" + BuildConfig.POSTHOG_HOST + "'})", null);
            Log.d(TAG, "WebView cookies for " + url + ": " + CookieManager.getInstance().getCookie(url));
          }
        });
    recipes.loadUrl(RECIPES_URL);

    TextView projectKey = findViewById(R.id.debug_project_key);
    projectKey.setText(getString(R.string.posthog_api_key));

    cookingSessionId = System.currentTimeMillis();
    Log.i(TAG, "Cooking session " + cookingSessionId + " started");
    PostHog.Companion.capture("pantry_opened", null, Map.of("cooking_session", cookingSessionId), null, null, null);

    if (BuildConfig.STAFF_BUILD) {
      StaffFlagsViewModel staffFlags = new ViewModelProvider(this).get(StaffFlagsViewModel.class);
      staffFlags.flags().observe(this, flags -> Log.d(TAG, "Staff flags: " + flags.size()));
      staffFlags.refresh();
    }
  }
}
