package app;

import androidx.fragment.app.Fragment;
import org.scijava.log.Logger;
import timber.log.Timber;

/** Loggers, a fragment and an HTTP client of libraries with no jar for javac: the case brings stand-ins. */
public class SignInScreen extends Fragment {
  static final class R {
    static final class string {
      static final int session_token = 0x7f0e0003;
      static final int title = 0x7f0e0004;
    }
  }

  private Logger pluginLog;
  private Timber.Tree tree;

  void signIn(String password) {
    Timber.d("password %s", password); // Noncompliant
    tree.i("password %s", password); // Noncompliant
    pluginLog.info("password " + password); // Noncompliant
    Timber.d("signed in");
    tree.d("token %s", getString(R.string.session_token)); // Noncompliant
    tree.d("title %s", getString(R.string.title));
  }

  void intercepted(okhttp3.Request request) {
    Timber.d("auth %s", request.header("Authorization")); // Noncompliant
    Timber.d("cookies %s", request.headers("Cookie")); // Noncompliant
    Timber.d("agent %s", request.header("User-Agent"));
  }

  okhttp3.OkHttpClient client() {
    return new okhttp3.OkHttpClient.Builder()
        .addInterceptor(chain -> {
          Timber.d("auth %s", chain.request().header("Authorization")); // Noncompliant
          Timber.d("agent %s", chain.request().header("User-Agent"));
          return chain.proceed(chain.request());
        })
        .addNetworkInterceptor(chain -> chain.proceed(chain.request()))
        .build();
  }
}
