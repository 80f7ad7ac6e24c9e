package app.pantrypal.android.data;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

/** Keeps the PantryPal backend session on the device (app-private SharedPreferences). */
public class SessionStore {

  public enum TokenType {
    ACCESS,
    REFRESH
  }

  private static final String TAG = "SessionStore";
  static final String PREFS_NAME = "pantrypal_session";
  static final String PREF_SESSION_TOKEN = "session_token";
  static final String PREF_REFRESH_TOKEN = "refresh_token";

  private final SharedPreferences prefs;

  public SessionStore(Context context) {
    this.prefs = context.getSharedPreferences(PREFS_NAME, Context.MODE_PRIVATE);
  }

  public void saveTokens(String accessToken, String refreshToken) {
    prefs.edit().putString(PREF_SESSION_TOKEN, accessToken).putString(PREF_REFRESH_TOKEN, refreshToken).apply();
    Log.d(TAG, "Stored session under keys " + PREF_SESSION_TOKEN + " and " + PREF_REFRESH_TOKEN);
  }

  public String sessionToken() {
    return prefs.getString(PREF_SESSION_TOKEN, null);
  }

  public String refreshToken() {
    return prefs.getString(PREF_REFRESH_TOKEN, null);
  }

  public void clear(TokenType type) {
    Log.i(TAG, "Clearing " + type + " token");
    prefs.edit().remove(type == TokenType.ACCESS ? PREF_SESSION_TOKEN : PREF_REFRESH_TOKEN).apply();
  }
}
