import android.util.Log;
import android.webkit.CookieManager;

/** Android's log reaches logcat, which other apps and bug reports read. */
public class AndroidApp {
  private static final String TAG = "Checkout";

  void onCreate(String sessionToken) {
    Log.d(TAG, "session token " + sessionToken); // Noncompliant
    Log.println(Log.INFO, TAG, sessionToken); // Noncompliant
    Log.i(TAG, "session token present: " + (sessionToken != null));
  }

  void onPageFinished(String url) {
    String cookies = CookieManager.getInstance().getCookie(url);
    Log.d(TAG, "page " + url + " cookies: " + cookies); // Noncompliant
    Log.d(TAG, "page " + url + " has cookies: " + CookieManager.getInstance().hasCookies());
  }

  void signIn(android.widget.EditText password, android.widget.EditText email) {
    Log.d(TAG, "signing in " + email.getText() + " with " + password.getText()); // Noncompliant
    Log.d(TAG, "password length " + password.getText().length());
  }

  void restore(android.content.SharedPreferences prefs) {
    Log.d(TAG, "restored " + prefs.getString("session_token", null)); // Noncompliant
    Log.d(TAG, "user " + prefs.getString("user_email", null));
    Log.d(TAG, "preferences " + prefs.getAll()); // Noncompliant
    Log.d(TAG, "preferences " + prefs.getAll().size());
  }
}
