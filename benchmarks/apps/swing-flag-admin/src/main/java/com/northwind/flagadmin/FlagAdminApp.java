package com.northwind.flagadmin;

import com.northwind.flagadmin.config.AdminSettings;
import com.northwind.flagadmin.config.EnvDefaults;
import com.northwind.flagadmin.ui.MainFrame;

import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Entry point of swing-flag-admin.
 */
public final class FlagAdminApp {

    private static final Logger LOG = Logger.getLogger(FlagAdminApp.class.getName());

    private FlagAdminApp() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--print-env")) {
            EnvDefaults.printEnvironment();
            return;
        }
        AdminSettings settings = new AdminSettings();
        LOG.info("Starting flag admin against " + settings.host() + " (auth mode " + settings.authMode() + ")");
        SwingUtilities.invokeLater(() -> {
            try {
                UIManager.setLookAndFeel(UIManager.getSystemLookAndFeelClassName());
            } catch (Exception e) {
                LOG.fine("Falling back to default look and feel: " + e);
            }
            new MainFrame(settings).setVisible(true);
        });
    }
}
