package com.northwind.flagdesk.ui;

import com.northwind.flagdesk.analytics.AnalyticsService;
import com.northwind.flagdesk.config.CredentialHolder;
import com.northwind.flagdesk.config.SettingsStore;
import com.northwind.flagdesk.util.KeyMasker;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Personal API key and proxy settings, written to the operator's preference store. */
final class PreferencesDialog extends Dialog {

  private static final Logger LOG = Logger.getLogger(PreferencesDialog.class.getName());

  private final SettingsStore store;
  private final AnalyticsService analytics;

  private Text personalKeyText;
  private Text proxyHostText;
  private Text proxyUserText;
  private Text proxyPasswordText;

  PreferencesDialog(Shell parent, SettingsStore store, AnalyticsService analytics) {
    super(parent);
    this.store = store;
    this.analytics = analytics;
  }

  @Override
  protected void configureShell(Shell shell) {
    super.configureShell(shell);
    shell.setText("Flag Desk Preferences");
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    area.setLayout(new GridLayout(2, false));

    personalKeyText = field(area, "Personal API key:", SWT.BORDER | SWT.PASSWORD);
    String current = CredentialHolder.getPersonalApiKey();
    personalKeyText.setMessage(current == null ? "phx_…" : KeyMasker.mask(current));

    Group proxy = new Group(area, SWT.NONE);
    proxy.setText("HTTP proxy");
    proxy.setLayout(new GridLayout(2, false));
    proxy.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    proxyHostText = field(proxy, "Host:", SWT.BORDER);
    proxyUserText = field(proxy, "User:", SWT.BORDER);
    proxyPasswordText = field(proxy, "Password:", SWT.BORDER | SWT.PASSWORD);
    return area;
  }

  @Override
  protected void okPressed() {
    String personalApiKey = personalKeyText.getText().trim();
    LOG.config(
        "Proxy settings saved: "
            + proxyUserText.getText()
            + ":"
            + proxyPasswordText.getText()
            + "@"
            + proxyHostText.getText());
    try {
      store.save(
          personalApiKey,
          proxyHostText.getText(),
          proxyUserText.getText(),
          proxyPasswordText.getText());
    } catch (UncheckedIOException e) {
      LOG.log(Level.WARNING, "Saving preferences failed", e);
      MessageDialog.openError(getShell(), "Preferences", "Could not save the preferences.");
      return;
    }
    if (!personalApiKey.isEmpty()) {
      CredentialHolder.setPersonalApiKey(personalApiKey);
      LOG.config("Personal API key replaced, fingerprint " + KeyMasker.fingerprint(personalApiKey));
      MessageDialog.openInformation(
          getShell(),
          "Preferences",
          "Personal API key " + KeyMasker.mask(personalApiKey) + " saved. Restart to apply it everywhere.");
    }
    analytics.preferencesSaved();
    super.okPressed();
  }

  private static Text field(Composite parent, String label, int style) {
    new Label(parent, SWT.NONE).setText(label);
    Text text = new Text(parent, style);
    text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    return text;
  }
}
