package com.acme.devtools.flagview.jobs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import com.acme.devtools.flagview.FlagViewPlugin;
import com.acme.devtools.flagview.api.ApiConnection;
import com.acme.devtools.flagview.api.FeatureFlag;
import com.acme.devtools.flagview.api.OAuthTokenRefresher;
import com.acme.devtools.flagview.api.PostHogApiClient;
import com.acme.devtools.flagview.api.PostHogApiException;
import com.acme.devtools.flagview.console.FlagViewConsole;
import com.acme.devtools.flagview.preferences.PreferenceConstants;

/**
 * Background job that loads the flag list of the configured project and evaluates every
 * flag for the current user.
 */
public class FetchFlagsJob extends Job {

    private static final ILog LOG = FlagViewPlugin.log();
    private static final AtomicLong RUNS = new AtomicLong();

    private final List<Consumer<List<FeatureFlag>>> listeners = new CopyOnWriteArrayList<>();

    public FetchFlagsJob() {
        super("Refreshing PostHog feature flags");
        setUser(false);
        setSystem(false);
    }

    public void addListener(Consumer<List<FeatureFlag>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<List<FeatureFlag>> listener) {
        listeners.remove(listener);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Loading feature flags", 3);
        FlagViewConsole console = FlagViewConsole.get();
        long sessionId = RUNS.incrementAndGet();
        console.println("Refresh run #" + sessionId + " started");

        ApiConnection connection;
        try {
            connection = ApiConnection.fromPreferences();
        } catch (IllegalStateException e) {
            return new Status(IStatus.WARNING, FlagViewPlugin.PLUGIN_ID, e.getMessage());
        }
        OAuthTokenRefresher.OAuthTokens oauth = OAuthTokenRefresher.fromEnvironment();
        if (oauth != null) {
            try {
                oauth = new OAuthTokenRefresher(connection.appHost()).refresh(oauth);
                connection = connection.withPersonalApiKey(oauth.accessToken());
            } catch (PostHogApiException e) {
                console.println("OAuth refresh failed, using the personal API key instead: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Status.CANCEL_STATUS;
            }
        }
        LOG.info("Fetching feature flags using " + connection);
        progress.worked(1);

        try {
            PostHogApiClient client = new PostHogApiClient(connection);
            List<FeatureFlag> flags = client.listFeatureFlags();
            progress.worked(1);
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }

            Map<String, Boolean> evaluated = client.evaluateFlags(System.getProperty("user.name"));
            List<FeatureFlag> rows = flags.stream()
                    .map(flag -> flag.withEvaluatedValue(evaluated.get(flag.key())))
                    .toList();
            progress.worked(1);

            console.println("Refresh run #" + sessionId + ": " + rows.size() + " flags");
            listeners.forEach(listener -> listener.accept(rows));
            return Status.OK_STATUS;
        } catch (PostHogApiException e) {
            if (e.isUnauthorized()) {
                console.println("PostHog rejected the key configured under " + PreferenceConstants.SECURE_PERSONAL_API_KEY);
            }
            LOG.log(new Status(IStatus.ERROR, FlagViewPlugin.PLUGIN_ID, e.getMessage(), e));
            return Status.error("Feature flags could not be loaded (HTTP " + e.statusCode() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } finally {
            scheduleNext();
        }
    }

    private void scheduleNext() {
        int minutes = FlagViewPlugin.getDefault().getPreferenceStore().getInt(PreferenceConstants.P_REFRESH_MINUTES);
        if (minutes > 0) {
            schedule(minutes * 60_000L);
        }
    }
}
