package app.pantrypal.android.data.remote;

import android.util.Log;
import app.pantrypal.android.data.SessionStore;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the PantryPal session to every backend call. */
public class AuthInterceptor implements Interceptor {

  private static final String TAG = "AuthInterceptor";

  private final SessionStore store;

  public AuthInterceptor(SessionStore store) {
    this.store = store;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request original = chain.request();
    String token = store.sessionToken();
    Request authed = token == null ? original : original.newBuilder().header("Authorization", "Bearer " + token).build();
    Log.v(TAG, "-> " + authed.method() + " " + authed.url());
    Log.v(TAG, "-> headers " + authed.headers());
    return chain.proceed(authed);
  }
}
