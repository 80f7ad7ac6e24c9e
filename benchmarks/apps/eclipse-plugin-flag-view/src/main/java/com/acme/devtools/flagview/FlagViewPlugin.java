package com.acme.devtools.flagview;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import com.acme.devtools.flagview.jobs.FetchFlagsJob;

/**
 * Bundle activator for the feature flag view.
 */
public class FlagViewPlugin extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "com.acme.devtools.flagview";

    private static FlagViewPlugin plugin;

    private FetchFlagsJob fetchJob;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
        log().info("Feature flag view " + context.getBundle().getVersion() + " started");
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        if (fetchJob != null) {
            fetchJob.cancel();
            fetchJob = null;
        }
        plugin = null;
        super.stop(context);
    }

    public static FlagViewPlugin getDefault() {
        return plugin;
    }

    public static ILog log() {
        return Platform.getLog(FlagViewPlugin.class);
    }

    public static boolean isDevMode() {
        return Boolean.parseBoolean(System.getenv("FLAGVIEW_DEV")) || Platform.inDevelopmentMode();
    }

    public synchronized FetchFlagsJob getFetchJob() {
        if (fetchJob == null) {
            fetchJob = new FetchFlagsJob();
        }
        return fetchJob;
    }
}
