package dev.kestrel.phadmin.ui;

import dev.kestrel.phadmin.api.PostHogAdminApi;
import dev.kestrel.phadmin.api.PostHogAdminApi.FeatureFlag;
import dev.kestrel.phadmin.creds.Credentials;
import dev.kestrel.phadmin.support.SupportDefaults;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.WindowConstants;
import javax.swing.table.DefaultTableModel;

public class MainWindow extends JFrame {

    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());

    private final Credentials credentials;
    private final DefaultTableModel model =
            new DefaultTableModel(new Object[] {"Key", "Name", "Active", "Rollout %"}, 0);
    private final JLabel statusLabel = new JLabel();
    private PostHogAdminApi api;
    private List<FeatureFlag> flags = List.of();

    public static void open(Credentials credentials, PostHogAdminApi api) {
        SwingUtilities.invokeLater(() -> new MainWindow(credentials, api).setVisible(true));
    }

    private MainWindow(Credentials credentials, PostHogAdminApi api) {
        super("PostHog flags - project " + credentials.projectId());
        this.credentials = credentials;
        this.api = api;
        setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);
        setSize(820, 520);

        JTable table = new JTable(model);
        JButton refresh = new JButton("Refresh");
        refresh.addActionListener(e -> refresh());
        JButton toggle = new JButton("Toggle selected");
        toggle.addActionListener(e -> toggle(table.getSelectedRow()));
        JButton showKey = new JButton("Show personal key");
        showKey.addActionListener(e -> JOptionPane.showMessageDialog(this, credentials.personalApiKey(), "Personal API key", JOptionPane.WARNING_MESSAGE));
        JButton copyToken = new JButton("Copy project token");
        copyToken.addActionListener(e -> Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new StringSelection(String.valueOf(credentials.projectApiKey())), null));
        JButton demo = new JButton("Demo project");
        demo.addActionListener(e -> switchToDemo());
        JButton settings = new JButton("Settings...");
        settings.addActionListener(e -> new SettingsDialog(this, credentials).setVisible(true));

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
        for (JButton b : new JButton[] {refresh, toggle, showKey, copyToken, demo, settings}) {
            buttons.add(b);
        }
        statusLabel.setText("Connected to " + credentials.host() + " with " + credentials.maskedPersonalApiKey());

        getContentPane().add(buttons, BorderLayout.NORTH);
        getContentPane().add(new JScrollPane(table), BorderLayout.CENTER);
        getContentPane().add(statusLabel, BorderLayout.SOUTH);
        refresh();
    }

    private void switchToDemo() {
        api = new PostHogAdminApi(SupportDefaults.DEMO_HOST, SupportDefaults.DEMO_PROJECT_ID, SupportDefaults.DEMO_READONLY_KEY, false);
        setTitle("PostHog flags - DEMO project " + SupportDefaults.DEMO_PROJECT_ID);
        statusLabel.setText("Demo project (token " + SupportDefaults.DEMO_PROJECT_TOKEN + ")");
        refresh();
    }

    private void refresh() {
        new SwingWorker<List<FeatureFlag>, Void>() {
            @Override
            protected List<FeatureFlag> doInBackground() throws Exception {
                return api.listFlags();
            }

            @Override
            protected void done() {
                try {
                    flags = get();
                    model.setRowCount(0);
                    for (FeatureFlag f : flags) {
                        model.addRow(new Object[] {f.key(), f.name(), f.active(), f.rolloutPercentage()});
                    }
                    LOG.fine("Loaded " + flags.size() + " flags");
                } catch (Exception ex) {
                    LOG.log(Level.WARNING, "Could not load flags", ex);
                    JOptionPane.showMessageDialog(MainWindow.this, "Could not load flags: " + ex.getMessage(),
                            "PostHog", JOptionPane.ERROR_MESSAGE);
                }
            }
        }.execute();
    }

    private void toggle(int row) {
        if (row < 0 || row >= flags.size()) {
            return;
        }
        FeatureFlag flag = flags.get(row);
        try {
            api.setActive(flag, !flag.active());
            LOG.info("Toggled flag " + flag.key() + " (id " + flag.id() + ")");
            refresh();
        } catch (Exception ex) {
            JOptionPane.showMessageDialog(this, ex.getMessage(), "PostHog", JOptionPane.ERROR_MESSAGE);
        }
    }
}
