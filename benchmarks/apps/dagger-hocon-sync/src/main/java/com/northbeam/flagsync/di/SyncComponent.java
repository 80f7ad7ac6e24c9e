package com.northbeam.flagsync.di;

import com.northbeam.flagsync.config.PostHogSettings;
import com.northbeam.flagsync.status.StatusServer;
import com.northbeam.flagsync.sync.FlagSyncJob;
import com.typesafe.config.Config;
import dagger.Component;
import javax.inject.Singleton;

@Singleton
@Component(modules = {ConfigModule.class, HttpModule.class, PostHogModule.class})
public interface SyncComponent {

    Config config();

    PostHogSettings postHogSettings();

    FlagSyncJob flagSyncJob();

    StatusServer statusServer();
}
