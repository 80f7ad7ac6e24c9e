package com.acme.flags.di;

import android.util.Log;

import com.acme.flags.BuildConfig;
import com.acme.flags.api.FlagsApi;
import com.acme.flags.config.PostHogKeys;

import javax.inject.Singleton;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.InstallIn;
import dagger.hilt.components.SingletonComponent;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

@Module
@InstallIn(SingletonComponent.class)
public final class NetworkModule {

    private static final String TAG = "NetworkModule";
    private static final String POSTHOG_APP_HOST = "https://us.posthog.com/";

    private NetworkModule() {
    }

    @Provides
    @Singleton
    static OkHttpClient provideOkHttpClient() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> Log.d("OkHttp", message));
        logging.setLevel(BuildConfig.DEBUG ? HttpLoggingInterceptor.Level.BASIC : HttpLoggingInterceptor.Level.NONE);
        logging.redactHeader(PostHogKeys.AUTH_HEADER);

        Log.d(TAG, "Attaching " + PostHogKeys.AUTH_HEADER + " header to PostHog API calls");
        return new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header(PostHogKeys.AUTH_HEADER, PostHogKeys.bearer())
                        .build()))
                .addInterceptor(logging)
                .build();
    }

    @Provides
    @Singleton
    static Retrofit provideRetrofit(OkHttpClient client) {
        return new Retrofit.Builder()
                .baseUrl(POSTHOG_APP_HOST)
                .client(client)
                .addConverterFactory(GsonConverterFactory.create())
                .build();
    }

    @Provides
    @Singleton
    static FlagsApi provideFlagsApi(Retrofit retrofit) {
        return retrofit.create(FlagsApi.class);
    }
}
