package com.lumenmart.shop.api;

import com.lumenmart.shop.BuildConfig;
import com.lumenmart.shop.config.ShopConfig;
import com.lumenmart.shop.data.LoginRepository;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import timber.log.Timber;

public final class ShopApiClient {

    private static volatile ShopApiClient instance;

    private final ShopService service;

    private ShopApiClient(LoginRepository loginRepository) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> Timber.tag("OkHttp").d(message));
        logging.setLevel(BuildConfig.DEBUG ? HttpLoggingInterceptor.Level.HEADERS : HttpLoggingInterceptor.Level.NONE);
        logging.redactHeader(ShopConfig.HEADER_AUTHORIZATION);
        logging.redactHeader("Cookie");
        logging.redactHeader(ShopConfig.HEADER_SIGNATURE);

        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(15, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .addInterceptor(new AuthInterceptor(loginRepository))
                .addInterceptor(new RequestSigner(ShopConfig.signingSecret()))
                .addNetworkInterceptor(logging)
                .build();

        Retrofit retrofit = new Retrofit.Builder()
                .baseUrl(ShopConfig.baseUrl())
                .client(client)
                .addConverterFactory(GsonConverterFactory.create())
                .build();
        service = retrofit.create(ShopService.class);
    }

    public static ShopApiClient get(LoginRepository loginRepository) {
        if (instance == null) {
            synchronized (ShopApiClient.class) {
                if (instance == null) {
                    instance = new ShopApiClient(loginRepository);
                }
            }
        }
        return instance;
    }

    public ShopService service() {
        return service;
    }
}
