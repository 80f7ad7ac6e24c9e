package gg.emberforge.flagsync;

import com.posthog.server.PostHogInterface;
import gg.emberforge.flagsync.command.FlagSyncCommand;
import gg.emberforge.flagsync.config.PanelConfig;
import gg.emberforge.flagsync.config.PostHogSettings;
import gg.emberforge.flagsync.config.SettingsLoader;
import gg.emberforge.flagsync.flags.FlagPollTask;
import gg.emberforge.flagsync.listener.PlayerJoinListener;
import gg.emberforge.flagsync.posthog.PostHogClientFactory;
import gg.emberforge.flagsync.posthog.PostHogFlagClient;
import gg.emberforge.flagsync.posthog.PostHogKeys;
import gg.emberforge.flagsync.util.KeyMasker;
import gg.emberforge.flagsync.web.AdminPanelServer;
import java.io.IOException;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bukkit.plugin.java.JavaPlugin;

/** FlagSync: PostHog feature flags for the Emberforge network. */
public final class FlagSyncPlugin extends JavaPlugin {

  private PostHogSettings settings;
  private PostHogInterface flagClient;
  private PostHogInterface captureClient;
  private FlagPollTask pollTask;
  private AdminPanelServer panel;

  @Override
  public void onEnable() {
    saveDefaultConfig();
    startServices();
    getServer().getPluginManager().registerEvents(new PlayerJoinListener(flagClient, captureClient, getLogger()), this);
    Objects.requireNonNull(getCommand("flagsync")).setExecutor(new FlagSyncCommand(this));
  }

  @Override
  public void onDisable() {
    stopServices();
    PostHogKeys.clear();
  }

  /** {@code /flagsync reload}: re-reads config.yml and restarts every client. */
  public void reloadFlagSync() {
    stopServices();
    reloadConfig();
    startServices();
  }

  private void startServices() {
    Logger log = getLogger();
    SettingsLoader loader = new SettingsLoader(getConfig(), log);
    settings = loader.loadPostHog();
    PanelConfig panelConfig = loader.loadPanel();

    String secureKey = settings.featureFlagsSecureKey();
    log.info("Feature-flags secure key present: " + (secureKey != null && !secureKey.isBlank())
        + ", personal key length " + settings.personalApiKey().length());
    log.info("Personal key fingerprint " + KeyMasker.hashFingerprint(settings.personalApiKey()));
    log.fine("Effective config:\n" + loader.redactedDump());

    PostHogKeys.install(settings.personalApiKey());
    PostHogClientFactory factory = new PostHogClientFactory(settings, log);
    flagClient = factory.createFlagClient();
    captureClient = factory.createCaptureClient();

    pollTask = new FlagPollTask(new PostHogFlagClient(settings), log);
    pollTask.runTaskTimerAsynchronously(this, 20L, settings.pollIntervalSeconds() * 20L);

    if (panelConfig.enabled()) {
      try {
        panel = new AdminPanelServer(this, panelConfig, log);
        panel.start();
      } catch (IOException e) {
        log.log(Level.SEVERE, "Admin panel could not bind port " + panelConfig.port(), e);
      }
    }
  }

  private void stopServices() {
    if (panel != null) {
      panel.stop();
      panel = null;
    }
    if (pollTask != null && !pollTask.isCancelled()) {
      pollTask.cancel();
    }
    if (flagClient != null) {
      flagClient.close();
    }
    if (captureClient != null) {
      captureClient.close();
    }
  }

  public PostHogSettings settings() {
    return settings;
  }

  public PostHogInterface flagClient() {
    return flagClient;
  }

  public FlagPollTask pollTask() {
    return pollTask;
  }
}
