package com.northwind.flagconsole.net;

import com.northwind.flagconsole.auth.SessionManager;

import java.net.SocketTimeoutException;
import java.util.List;

import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import retrofit2.HttpException;

public class FlagsRepository {

    private final FlagConsoleApi api;
    private final SessionManager sessionManager;

    public FlagsRepository(FlagConsoleApi api, SessionManager sessionManager) {
        this.api = api;
        this.sessionManager = sessionManager;
    }

    public Single<List<FlagConsoleApi.FlagState>> syncFlags(String environment) {
        return api.flags(environment)
                .onErrorResumeNext(err -> {
                    if (err instanceof HttpException && ((HttpException) err).code() == 401) {
                        return sessionManager.refresh(api).flatMap(fresh -> api.flags(environment));
                    }
                    return Single.error(err);
                })
                .retry(2, err -> err instanceof SocketTimeoutException)
                .subscribeOn(Schedulers.io());
    }
}
