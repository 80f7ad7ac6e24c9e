package app.pantrypal.android.data.remote;

import app.pantrypal.android.BuildConfig;
import app.pantrypal.android.data.SessionStore;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import timber.log.Timber;

public final class ApiClientFactory {

  private ApiClientFactory() {}

  public static PantryApi pantryApi(SessionStore store) {
    HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> Timber.tag("OkHttp").d(message));
    logging.setLevel(HttpLoggingInterceptor.Level.BODY);
    OkHttpClient client = new OkHttpClient.Builder().addInterceptor(new AuthInterceptor(store)).addInterceptor(logging).build();
    return new Retrofit.Builder()
        .baseUrl(BuildConfig.API_BASE_URL)
        .client(client)
        .addConverterFactory(GsonConverterFactory.create())
        .build()
        .create(PantryApi.class);
  }

  public static PostHogFlagsApi postHogFlagsApi() {
    HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> Timber.tag("PostHogHttp").d(message));
    logging.redactHeader("Authorization");
    logging.setLevel(HttpLoggingInterceptor.Level.HEADERS);
    OkHttpClient client = new OkHttpClient.Builder().addInterceptor(logging).build();
    return new Retrofit.Builder()
        .baseUrl("https://us.posthog.com/")
        .client(client)
        .addConverterFactory(GsonConverterFactory.create())
        .build()
        .create(PostHogFlagsApi.class);
  }
}
