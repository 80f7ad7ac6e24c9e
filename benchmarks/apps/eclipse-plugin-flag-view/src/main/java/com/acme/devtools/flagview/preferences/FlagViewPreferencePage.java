package com.acme.devtools.flagview.preferences;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import com.acme.devtools.flagview.FlagViewPlugin;
import com.acme.devtools.flagview.api.ApiConnection;
import com.acme.devtools.flagview.api.FeatureFlag;
import com.acme.devtools.flagview.api.PostHogApiClient;
import com.acme.devtools.flagview.internal.BundledDefaults;
import com.acme.devtools.flagview.secure.CredentialStore;

/**
 * Window &gt; Preferences &gt; Feature Flags (PostHog).
 */
public class FlagViewPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    private Text personalKeyText;
    private Text proxyPasswordText;

    public FlagViewPreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(FlagViewPlugin.getDefault().getPreferenceStore());
        setDescription("Connection to the PostHog project whose feature flags are listed in the Feature Flags view.");
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        addField(new StringFieldEditor(PreferenceConstants.P_HOST, "PostHog &host:", parent));
        addField(new StringFieldEditor(PreferenceConstants.P_INGEST_HOST, "&Ingestion host:", parent));
        addField(new IntegerFieldEditor(PreferenceConstants.P_PROJECT_ID, "Project &ID:", parent, 9));
        addField(new StringFieldEditor(PreferenceConstants.P_PROJECT_API_KEY, "Project API &key (phc_...):", parent));

        new Label(parent, SWT.NONE).setText("&Personal API key:");
        personalKeyText = new Text(parent, SWT.BORDER | SWT.PASSWORD);
        personalKeyText.setMessage(BundledDefaults.PERSONAL_KEY_PLACEHOLDER);
        personalKeyText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        CredentialStore.personalApiKey().ifPresent(key -> personalKeyText.setMessage("stored: " + CredentialStore.mask(key)));

        addField(new IntegerFieldEditor(PreferenceConstants.P_REFRESH_MINUTES, "&Refresh every (minutes):", parent, 4));
        addField(new BooleanFieldEditor(PreferenceConstants.P_REFRESH_ON_STARTUP, "Refresh when the view &opens", parent));
        addField(new BooleanFieldEditor(PreferenceConstants.P_LOCAL_EVALUATION, "Evaluate flags &locally (posthog-server SDK)", parent));
        addField(new StringFieldEditor(PreferenceConstants.P_PROXY_HOST, "Pro&xy host:", parent));
        addField(new IntegerFieldEditor(PreferenceConstants.P_PROXY_PORT, "Proxy p&ort:", parent, 5));
        addField(new StringFieldEditor(PreferenceConstants.P_PROXY_USER, "Proxy &user:", parent));

        new Label(parent, SWT.NONE).setText("Proxy pass&word:");
        proxyPasswordText = new Text(parent, SWT.BORDER | SWT.PASSWORD);
        proxyPasswordText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Button test = new Button(parent, SWT.PUSH);
        test.setText("&Test connection");
        test.addListener(SWT.Selection, event -> testConnection());
    }

    @Override
    public boolean performOk() {
        if (!super.performOk()) {
            return false;
        }
        String personalKey = personalKeyText.getText().trim();
        if (!personalKey.isEmpty()) {
            try {
                CredentialStore.storePersonalApiKey(personalKey);
            } catch (StorageException | IOException e) {
                FlagViewPlugin.log().error("Could not save personal API key " + personalKey + " to secure storage", e);
                setErrorMessage("The personal API key could not be saved to secure storage: " + e.getMessage());
                return false;
            }
        }
        String proxyPassword = proxyPasswordText.getText();
        if (!proxyPassword.isEmpty()) {
            try {
                CredentialStore.storeProxyPassword(proxyPassword);
            } catch (StorageException | IOException e) {
                System.err.println("flagview: proxy password '" + proxyPassword + "' not saved: " + e);
                return false;
            }
        }
        FlagViewPlugin.getDefault().getFetchJob().schedule();
        return true;
    }

    private void testConnection() {
        String typed = personalKeyText.getText().trim();
        AtomicReference<ApiConnection> used = new AtomicReference<>();
        AtomicInteger visible = new AtomicInteger();
        try {
            new ProgressMonitorDialog(getShell()).run(true, false, monitor -> {
                ApiConnection connection = ApiConnection.fromPreferences();
                if (!typed.isEmpty()) {
                    connection = connection.withPersonalApiKey(typed);
                }
                try {
                    List<FeatureFlag> flags = new PostHogApiClient(connection).listFeatureFlags();
                    visible.set(flags.size());
                    used.set(connection);
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                }
            });
            String key = used.get().personalApiKey();
            MessageDialog.openInformation(getShell(), "PostHog connection",
                    "Connected to project " + used.get().projectId() + " with key " + key + ": " + visible.get() + " feature flags visible.");
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), "PostHog connection", "Connection failed: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
