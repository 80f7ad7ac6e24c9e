package io.northwind.flags.di;

import com.posthog.server.PostHogInterface;

import io.northwind.flags.config.FlagClientConfig;
import io.northwind.flags.http.TokenStore;
import io.northwind.flags.sdk.PostHogSdkModule;
import io.northwind.flags.service.FlagService;

import javax.inject.Singleton;

import dagger.BindsInstance;
import dagger.Component;

@Singleton
@Component(modules = {HttpModule.class, PostHogSdkModule.class})
public interface FlagClientComponent {

    FlagClientConfig config();

    FlagService flagService();

    TokenStore tokenStore();

    PostHogInterface posthog();

    @Component.Builder
    interface Builder {

        @BindsInstance
        Builder config(FlagClientConfig config);

        FlagClientComponent build();
    }
}
