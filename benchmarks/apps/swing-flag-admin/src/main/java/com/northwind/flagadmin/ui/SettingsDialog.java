package com.northwind.flagadmin.ui;

import com.northwind.flagadmin.config.AdminSettings;
import com.northwind.flagadmin.config.BuiltInDefaults;
import com.northwind.flagadmin.util.KeyMasker;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.logging.Logger;

/**
 * Modal dialog to edit host, project and keys.
 */
public class SettingsDialog extends JDialog {

    private static final Logger LOG = Logger.getLogger(SettingsDialog.class.getName());

    private final AdminSettings settings;
    private final JTextField hostField = new JTextField(30);
    private final JTextField projectIdField = new JTextField(10);
    private final JTextField projectKeyField = new JTextField(30);
    private final JPasswordField personalKeyField = new JPasswordField(30);
    private boolean saved;

    public SettingsDialog(JFrame owner, AdminSettings settings) {
        super(owner, "Settings", true);
        this.settings = settings;

        hostField.setText(settings.host());
        projectIdField.setText(Long.toString(settings.projectId()));
        projectKeyField.setText(settings.projectApiKey());
        personalKeyField.setToolTipText("e.g. " + BuiltInDefaults.PLACEHOLDER_PERSONAL_KEY);

        JPanel form = new JPanel(new GridLayout(0, 2, 6, 6));
        form.add(new JLabel("Host"));
        form.add(hostField);
        form.add(new JLabel("Project id"));
        form.add(projectIdField);
        form.add(new JLabel("Project API key (phc_)"));
        form.add(projectKeyField);
        form.add(new JLabel("Personal API key (phx_)"));
        form.add(personalKeyField);

        JButton ok = new JButton("Save");
        ok.addActionListener(e -> onSave());
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(ok);
        buttons.add(cancel);

        getContentPane().add(form, BorderLayout.CENTER);
        getContentPane().add(buttons, BorderLayout.SOUTH);
        pack();
        setLocationRelativeTo(owner);
    }

    private void onSave() {
        long projectId;
        try {
            projectId = Long.parseLong(projectIdField.getText().trim());
        } catch (NumberFormatException ex) {
            JOptionPane.showMessageDialog(this, "Project id must be a number", "Settings",
                    JOptionPane.ERROR_MESSAGE);
            return;
        }
        String personalKey = new String(personalKeyField.getPassword()).trim();
        if (personalKey.isEmpty()) {
            personalKey = settings.personalApiKey();
        }
        LOG.fine("Personal key fingerprint " + KeyMasker.sha256Digest(personalKey));
        LOG.fine("Saving settings: host=" + hostField.getText() + ", personalKey=" + personalKey);
        settings.save(hostField.getText().trim(), projectId, projectKeyField.getText().trim(), personalKey);
        saved = true;
        dispose();
    }

    public boolean isSaved() {
        return saved;
    }
}
