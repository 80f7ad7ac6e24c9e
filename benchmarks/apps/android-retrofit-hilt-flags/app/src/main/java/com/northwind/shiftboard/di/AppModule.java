package com.northwind.shiftboard.di;

import android.content.Context;
import android.content.SharedPreferences;

import androidx.room.Room;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.northwind.shiftboard.BuildConfig;
import com.northwind.shiftboard.config.FlagsConfig;
import com.northwind.shiftboard.data.local.AppDatabase;
import com.northwind.shiftboard.data.local.CachedFlagDao;
import com.northwind.shiftboard.data.remote.FlagsApi;
import com.northwind.shiftboard.net.AuthInterceptor;

import java.util.concurrent.TimeUnit;

import javax.inject.Singleton;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.InstallIn;
import dagger.hilt.android.qualifiers.ApplicationContext;
import dagger.hilt.components.SingletonComponent;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

@Module
@InstallIn(SingletonComponent.class)
public final class AppModule {

    private AppModule() {
    }

    @Provides
    @Singleton
    static HttpLoggingInterceptor provideLoggingInterceptor() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        logging.setLevel(BuildConfig.DEBUG
                ? HttpLoggingInterceptor.Level.HEADERS
                : HttpLoggingInterceptor.Level.NONE);
        logging.redactHeader(FlagsConfig.AUTHORIZATION_HEADER);
        logging.redactHeader("Cookie");
        return logging;
    }

    @Provides
    @Singleton
    static OkHttpClient provideOkHttpClient(AuthInterceptor authInterceptor,
                                            FlagsConfig flagsConfig,
                                            HttpLoggingInterceptor logging) {
        return new OkHttpClient.Builder()
                .addInterceptor(authInterceptor)
                .addInterceptor(chain -> {
                    Request request = chain.request();
                    if (!FlagsConfig.POSTHOG_APP_HOST.equals(request.url().host())
                            || !flagsConfig.hasPersonalKey()) {
                        return chain.proceed(request);
                    }
                    return chain.proceed(request.newBuilder()
                            .header(FlagsConfig.AUTHORIZATION_HEADER, "Bearer " + flagsConfig.personalApiKey())
                            .build());
                })
                .addInterceptor(logging)
                .connectTimeout(15, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .build();
    }

    @Provides
    @Singleton
    static Gson provideGson() {
        return new GsonBuilder().serializeNulls().create();
    }

    @Provides
    @Singleton
    static Retrofit provideRetrofit(OkHttpClient client, Gson gson) {
        return new Retrofit.Builder()
                .baseUrl("https://" + FlagsConfig.POSTHOG_APP_HOST + "/")
                .client(client)
                .addConverterFactory(GsonConverterFactory.create(gson))
                .build();
    }

    @Provides
    @Singleton
    static FlagsApi provideFlagsApi(Retrofit retrofit) {
        return retrofit.create(FlagsApi.class);
    }

    @Provides
    @Singleton
    static AppDatabase provideDatabase(@ApplicationContext Context context) {
        return Room.databaseBuilder(context, AppDatabase.class, "shiftboard.db")
                .fallbackToDestructiveMigration()
                .build();
    }

    @Provides
    static CachedFlagDao provideCachedFlagDao(AppDatabase database) {
        return database.cachedFlagDao();
    }

    @Provides
    @Singleton
    static SharedPreferences provideSessionPreferences(@ApplicationContext Context context) {
        return context.getSharedPreferences("shiftboard.session", Context.MODE_PRIVATE);
    }
}
