package dev.flagscope.intellij.services;

import com.intellij.openapi.Disposable;
import com.intellij.openapi.application.ApplicationManager;
import com.intellij.openapi.diagnostic.Logger;
import com.intellij.openapi.progress.ProgressIndicator;
import com.intellij.openapi.progress.Task;
import com.intellij.openapi.project.Project;
import dev.flagscope.intellij.api.ConnectionInfo;
import dev.flagscope.intellij.api.FeatureFlag;
import dev.flagscope.intellij.api.PostHogApiClient;
import dev.flagscope.intellij.api.PostHogApiException;
import dev.flagscope.intellij.auth.PostHogOAuthService;
import dev.flagscope.intellij.filter.FlagFilterLexer;
import dev.flagscope.intellij.notifications.FlagScopeNotifier;
import dev.flagscope.intellij.telemetry.PluginTelemetry;
import dev.flagscope.intellij.util.KeyMasking;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps the last list of flags fetched for the project and notifies the tool window.
 */
public final class FlagCacheService implements Disposable {

    private static final Logger LOG = Logger.getInstance(FlagCacheService.class);
    private static final int PAGE_SIZE = 500;

    private final Project project;
    private final List<Consumer<List<FeatureFlag>>> listeners = new CopyOnWriteArrayList<>();
    private volatile List<FeatureFlag> flags = List.of();

    public FlagCacheService(@NotNull Project project) {
        this.project = project;
    }

    public static FlagCacheService getInstance(@NotNull Project project) {
        return project.getService(FlagCacheService.class);
    }

    public void addListener(@NotNull Consumer<List<FeatureFlag>> listener, @NotNull Disposable parent) {
        listeners.add(listener);
        com.intellij.openapi.util.Disposer.register(parent, () -> listeners.remove(listener));
    }

    public List<FeatureFlag> getFlags() {
        return flags;
    }

    public @Nullable FeatureFlag findByKey(@NotNull String key) {
        return flags.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    public void refreshAsync() {
        new Task.Backgroundable(project, "Loading PostHog feature flags", true) {
            @Override
            public void run(@NotNull ProgressIndicator indicator) {
                refresh();
            }
        }.queue();
    }

    private void refresh() {
        ConnectionInfo connection;
        try {
            connection = resolveConnection();
        } catch (PostHogApiException e) {
            FlagScopeNotifier.refreshFailed(project, e.getStatusCode());
            return;
        }
        if (!connection.isComplete()) {
            FlagScopeNotifier.missingConfiguration(project);
            return;
        }
        LOG.info("Refreshing feature flags of " + project.getName() + " via " + connection);
        try {
            List<FeatureFlag> loaded = new PostHogApiClient(connection).listFeatureFlags(PAGE_SIZE);
            flags = List.copyOf(loaded);
            LOG.info("Loaded " + loaded.size() + " flags with key " + KeyMasking.mask(connection.personalApiKey()));
            int active = (int) loaded.stream().filter(FeatureFlag::active).count();
            FlagScopeNotifier.flagsLoaded(project, loaded.size(), active);
            PluginTelemetry.getInstance().track("flags_refreshed", Map.of("count", loaded.size()));
            ApplicationManager.getApplication().invokeLater(() -> listeners.forEach(l -> l.accept(flags)));
        } catch (PostHogApiException e) {
            LOG.warn("Feature flag refresh failed for " + project.getName(), e);
            FlagScopeNotifier.refreshFailed(project, e.getStatusCode());
        }
    }

    private ConnectionInfo resolveConnection() throws PostHogApiException {
        ConnectionInfo fromSettings = ConnectionInfo.fromSettings();
        if (!fromSettings.oauth()) {
            return fromSettings;
        }
        String accessToken = PostHogOAuthService.getInstance().accessToken();
        return new ConnectionInfo(fromSettings.host(), fromSettings.projectId(), accessToken, true);
    }

    public List<FeatureFlag> filter(@NotNull String query) {
        List<FlagFilterLexer.Token> tokens = FlagFilterLexer.tokenize(query);
        return flags.stream().filter(flag -> matches(flag, tokens)).toList();
    }

    private static boolean matches(FeatureFlag flag, List<FlagFilterLexer.Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            FlagFilterLexer.Token token = tokens.get(i);
            switch (token.type()) {
                case WORD -> {
                    if ("active".equals(token.text()) && !flag.active()) return false;
                    if (!"active".equals(token.text()) && !flag.key().toLowerCase(Locale.ROOT).contains(token.text().toLowerCase(Locale.ROOT))) return false;
                }
                case QUALIFIER -> {
                    if ("tag".equals(token.text()) && i + 2 < tokens.size()) {
                        String tag = tokens.get(i + 2).text();
                        if (flag.tags() == null || !flag.tags().contains(tag)) return false;
                        i += 2;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    @Override
    public void dispose() {
        listeners.clear();
    }
}
