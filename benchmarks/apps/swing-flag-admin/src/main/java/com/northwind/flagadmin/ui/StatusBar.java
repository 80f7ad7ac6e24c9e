package com.northwind.flagadmin.ui;

import com.northwind.flagadmin.api.ConnectionInfo;
import com.northwind.flagadmin.util.KeyMasker;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.BorderLayout;

/**
 * Bottom status line of the main window.
 */
public class StatusBar extends JPanel {

    private final JLabel message = new JLabel("Ready");
    private final JLabel connection = new JLabel();

    public StatusBar() {
        super(new BorderLayout());
        setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        add(message, BorderLayout.WEST);
        add(connection, BorderLayout.EAST);
    }

    public void showMessage(String text) {
        message.setText(text);
    }

    public void showConnection(ConnectionInfo info) {
        connection.setText(info.host() + " / project " + info.projectId()
                + " / key " + KeyMasker.mask(info.personalApiKey()));
        connection.setToolTipText(info.toString());
    }
}
