package com.northwind.flagadmin.ui;

import com.northwind.flagadmin.api.ApiException;
import com.northwind.flagadmin.api.FeatureFlag;
import com.northwind.flagadmin.api.PostHogApiClient;

import javax.swing.SwingWorker;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the flag list off the EDT.
 */
public class LoadFlagsWorker extends SwingWorker<List<FeatureFlag>, Void> {

    private static final Logger LOG = Logger.getLogger(LoadFlagsWorker.class.getName());

    private final PostHogApiClient client;
    private final FlagTableModel model;
    private final StatusBar statusBar;

    public LoadFlagsWorker(PostHogApiClient client, FlagTableModel model, StatusBar statusBar) {
        this.client = client;
        this.model = model;
        this.statusBar = statusBar;
    }

    @Override
    protected List<FeatureFlag> doInBackground() throws ApiException {
        return client.listFlags();
    }

    @Override
    protected void done() {
        try {
            List<FeatureFlag> flags = get();
            model.setFlags(flags);
            statusBar.showMessage(flags.size() + " flags loaded");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ApiException api) {
                LOG.log(Level.SEVERE, "Loading flags failed", api);
                statusBar.showMessage("Loading failed (HTTP " + api.status() + ")");
            } else {
                LOG.log(Level.SEVERE, "Unexpected error while loading flags", cause);
                statusBar.showMessage("Loading failed");
            }
        }
    }
}
