package com.acme.flags.di;

import android.content.Context;

import com.acme.flags.BuildConfig;
import com.acme.flags.config.PostHogKeys;
import com.posthog.PostHog;
import com.posthog.PostHogInterface;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import javax.inject.Named;
import javax.inject.Singleton;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.InstallIn;
import dagger.hilt.android.qualifiers.ApplicationContext;
import dagger.hilt.components.SingletonComponent;

@Module
@InstallIn(SingletonComponent.class)
public final class AnalyticsModule {

    private AnalyticsModule() {
    }

    /** The shared instance set up in FlagsApplication. */
    @Provides
    @Singleton
    static PostHogInterface providePostHog() {
        return PostHog.Companion;
    }

    /** Internal builds also report sync health into the QA project. */
    @Provides
    @Singleton
    @Named("qa")
    static PostHogInterface provideQaPostHog(@ApplicationContext Context context) {
        PostHogAndroidConfig qaConfig = new PostHogAndroidConfig(PostHogKeys.flagsSecureKey(), BuildConfig.POSTHOG_HOST);
        qaConfig.setFlushAt(5);
        return PostHogAndroid.Companion.with(context, qaConfig);
    }
}
