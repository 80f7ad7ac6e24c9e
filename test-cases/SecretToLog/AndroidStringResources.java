import android.app.Activity;
import android.app.Application;
import android.app.Fragment;
import android.app.Service;
import android.content.ContextWrapper;
import android.content.Intent;
import android.content.res.Resources;
import android.os.IBinder;
import android.util.Log;

/**
 * String resources read through every Android class the models know: a resource named for a
 * secret is one. {@code R} stands for the class the Android build generates.
 */
public class AndroidStringResources extends Activity {
  static final class R {
    static final class string {
      static final int auth_token = 0x7f0e0001;
      static final int app_name = 0x7f0e0002;
    }
  }

  void activity(Fragment fragment, ContextWrapper wrapper) {
    Log.d("auth", "token " + getString(R.string.auth_token)); // Noncompliant
    Resources resources = getResources();
    Log.d("auth", "token " + resources.getString(R.string.auth_token)); // Noncompliant
    Log.d("auth", "token " + fragment.getString(R.string.auth_token)); // Noncompliant
    Log.d("auth", "token " + wrapper.getText(R.string.auth_token)); // Noncompliant
    Log.d("auth", "app " + getString(R.string.app_name));
  }

  static class App extends Application {
    @Override
    public void onCreate() {
      Log.i("auth", "token " + getString(R.string.auth_token)); // Noncompliant
    }
  }

  static class Sync extends Service {
    @Override
    public IBinder onBind(Intent intent) {
      Log.i("auth", "token " + getString(R.string.auth_token)); // Noncompliant
      return null;
    }
  }
}
