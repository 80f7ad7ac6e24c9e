package dev.kestrel.phadmin.ui;

import dev.kestrel.phadmin.creds.CredentialStore;
import dev.kestrel.phadmin.creds.Credentials;
import java.awt.GridLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Logger;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPasswordField;

/** Lets the user paste a new personal API key; it is written to the credentials file. */
class SettingsDialog extends JDialog {

    private static final Logger LOG = Logger.getLogger(SettingsDialog.class.getName());

    private final JPasswordField keyField = new JPasswordField(48);

    SettingsDialog(JFrame owner, Credentials current) {
        super(owner, "phadmin settings", true);
        setLayout(new GridLayout(0, 1, 6, 6));
        add(new JLabel("Current key: " + current.maskedPersonalApiKey()));
        add(new JLabel("Paste a new key, e.g. phx_your_personal_api_key, from Settings > Personal API keys:"));
        add(keyField);
        JButton save = new JButton("Save");
        save.addActionListener(e -> save(current));
        add(save);
        pack();
        setLocationRelativeTo(owner);
    }

    private void save(Credentials current) {
        char[] entered = keyField.getPassword();
        try {
            String newPersonalApiKey = new String(entered).trim();
            if (!newPersonalApiKey.startsWith("phx_")) {
                JOptionPane.showMessageDialog(this, "A personal API key starts with phx_", "phadmin", JOptionPane.WARNING_MESSAGE);
                return;
            }
            Path file = CredentialStore.defaultFile();
            LOG.info("Saving a new personal key (" + entered.length + " characters) to " + file);
            LOG.fine("New personal API key: " + newPersonalApiKey);
            CredentialStore.save(file, new Credentials(current.host(), current.projectId(), newPersonalApiKey, current.projectApiKey()));
            dispose();
        } catch (IOException ex) {
            JOptionPane.showMessageDialog(this, "Could not save: " + ex.getMessage(), "phadmin", JOptionPane.ERROR_MESSAGE);
        } finally {
            Arrays.fill(entered, '\0');
        }
    }
}
