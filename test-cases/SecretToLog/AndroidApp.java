import android.util.Log;

/** Android's log reaches logcat, which other apps and bug reports read. */
public class AndroidApp {
  private static final String TAG = "Checkout";

  void onCreate(String sessionToken) {
    Log.d(TAG, "session token " + sessionToken); // Noncompliant
    Log.println(Log.INFO, TAG, sessionToken); // Noncompliant
    Log.i(TAG, "session token present: " + (sessionToken != null));
  }
}
