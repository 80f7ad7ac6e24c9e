package com.northwind.flagadmin.ui;

import com.northwind.flagadmin.api.ApiException;
import com.northwind.flagadmin.api.ConnectionInfo;
import com.northwind.flagadmin.api.FeatureFlag;
import com.northwind.flagadmin.api.PostHogApiClient;
import com.northwind.flagadmin.config.AdminSettings;
import com.northwind.flagadmin.config.BuiltInDefaults;
import com.northwind.flagadmin.sdk.AuditEventPublisher;
import com.northwind.flagadmin.sdk.LocalFlagEvaluator;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.WindowConstants;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.logging.Logger;

/**
 * Main window: "Flags" tab with the table, "Preview" tab for local evaluation.
 */
public class MainFrame extends JFrame {

    private static final Logger LOG = Logger.getLogger(MainFrame.class.getName());

    private final AdminSettings settings;
    private PostHogApiClient client;
    private final FlagTableModel flagModel = new FlagTableModel();
    private final StatusBar statusBar = new StatusBar();
    private final JTextField distinctIdField = new JTextField(20);
    private final JTextField flagKeyField = new JTextField(20);

    public MainFrame(AdminSettings settings) {
        super("PostHog Flag Admin");
        this.settings = settings;
        this.client = new PostHogApiClient(settings);
        setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);

        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab("Flags", buildFlagsTab());
        tabs.addTab("Preview", buildPreviewTab());

        setJMenuBar(buildMenu());
        getContentPane().add(tabs, BorderLayout.CENTER);
        getContentPane().add(statusBar, BorderLayout.SOUTH);
        setSize(900, 600);
        setLocationRelativeTo(null);
        connect();
    }

    private JPanel buildFlagsTab() {
        JTable table = new JTable(flagModel);
        table.setAutoCreateRowSorter(true);
        flagModel.addTableModelListener(e -> {
            if (e.getColumn() == 2 && e.getFirstRow() == e.getLastRow() && e.getFirstRow() >= 0) {
                toggle(e.getFirstRow());
            }
        });
        JButton refresh = new JButton("Refresh");
        refresh.addActionListener(e -> reload());
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.add(refresh);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(top, BorderLayout.NORTH);
        panel.add(new JScrollPane(table), BorderLayout.CENTER);
        return panel;
    }

    private JPanel buildPreviewTab() {
        JButton evaluate = new JButton("Evaluate");
        evaluate.addActionListener(e -> evaluate(false));
        JButton troubleshoot = new JButton("Troubleshoot");
        troubleshoot.addActionListener(e -> evaluate(true));
        JButton demo = new JButton("Try demo");
        demo.addActionListener(e -> JOptionPane.showMessageDialog(this,
                "Demo project token: " + BuiltInDefaults.DEMO_PROJECT_KEY, "Demo",
                JOptionPane.INFORMATION_MESSAGE));
        JPanel panel = new JPanel(new FlowLayout(FlowLayout.LEFT));
        panel.add(distinctIdField);
        panel.add(flagKeyField);
        panel.add(evaluate);
        panel.add(troubleshoot);
        panel.add(demo);
        return panel;
    }

    private JMenuBar buildMenu() {
        JMenu file = new JMenu("File");
        JMenuItem prefs = new JMenuItem("Settings...");
        prefs.addActionListener(e -> {
            SettingsDialog dialog = new SettingsDialog(this, settings);
            dialog.setVisible(true);
            if (dialog.isSaved()) {
                client = new PostHogApiClient(settings);
                connect();
            }
        });
        JMenuItem showKey = new JMenuItem("Show API key");
        showKey.addActionListener(e -> JOptionPane.showMessageDialog(this,
                "Personal API key in use:\n" + settings.personalApiKey(), "API key",
                JOptionPane.INFORMATION_MESSAGE));
        file.add(prefs);
        file.add(showKey);
        JMenuBar bar = new JMenuBar();
        bar.add(file);
        return bar;
    }

    private void connect() {
        ConnectionInfo info = client.connectionInfo();
        System.out.println("Connecting: " + info);
        statusBar.showConnection(info);
        reload();
    }

    private void reload() {
        statusBar.showMessage("Loading flags...");
        new LoadFlagsWorker(client, flagModel, statusBar).execute();
    }

    private void toggle(int row) {
        FeatureFlag flag = flagModel.flagAt(row);
        try (AuditEventPublisher audit = new AuditEventPublisher(settings)) {
            FeatureFlag updated = client.setActive(flag, !flag.active());
            audit.flagToggled(updated.key(), updated.active());
            statusBar.showMessage(updated.key() + " is now " + (updated.active() ? "on" : "off"));
        } catch (ApiException ex) {
            LOG.warning("Toggle of " + flag.key() + " failed with HTTP " + ex.status());
            JOptionPane.showMessageDialog(this, "Could not update " + flag.key(), "Error",
                    JOptionPane.ERROR_MESSAGE);
        }
    }

    private void evaluate(boolean verbose) {
        String distinctId = distinctIdField.getText().trim();
        String flagKey = flagKeyField.getText().trim();
        try (LocalFlagEvaluator evaluator = verbose
                ? LocalFlagEvaluator.createVerbose(settings)
                : LocalFlagEvaluator.create(settings)) {
            boolean on = evaluator.isEnabled(distinctId, flagKey);
            statusBar.showMessage(flagKey + " for " + distinctId + ": " + on);
        }
    }
}
