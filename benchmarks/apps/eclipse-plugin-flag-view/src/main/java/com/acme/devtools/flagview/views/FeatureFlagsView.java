package com.acme.devtools.flagview.views;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.part.ViewPart;

import com.acme.devtools.flagview.FlagViewPlugin;
import com.acme.devtools.flagview.api.ApiConnection;
import com.acme.devtools.flagview.api.FeatureFlag;
import com.acme.devtools.flagview.console.FlagViewConsole;
import com.acme.devtools.flagview.internal.BundledDefaults;
import com.acme.devtools.flagview.jobs.FetchFlagsJob;
import com.acme.devtools.flagview.preferences.PreferenceConstants;
import com.acme.devtools.flagview.sdk.LocalEvaluationClientFactory;
import com.acme.devtools.flagview.secure.CredentialStore;
import com.posthog.server.PostHogInterface;

/**
 * Lists the feature flags of the configured PostHog project.
 */
public class FeatureFlagsView extends ViewPart {

    public static final String ID = "com.acme.devtools.flagview.views.FeatureFlagsView";

    private TableViewer viewer;
    private Label statusLabel;
    private Text filterText;
    private List<FeatureFlag> currentFlags = List.of();
    private final Consumer<List<FeatureFlag>> listener = this::flagsLoaded;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));

        filterText = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage("Filter, e.g. active:true rollout<50 checkout");
        filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filterText.addModifyListener(e -> viewer.refresh());

        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        addColumn("Key", 220, FeatureFlag::key);
        addColumn("Name", 260, FeatureFlag::name);
        addColumn("Active", 70, flag -> flag.active() ? "yes" : "no");
        addColumn("Rollout", 80, FeatureFlag::rolloutLabel);
        addColumn("For me", 70, flag -> flag.evaluatedValue() == null ? "?" : flag.evaluatedValue().toString());
        addColumn("Owner", 180, FeatureFlag::createdBy);
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return FlagFilterParser.parse(filterText.getText()).test((FeatureFlag) element);
            }
        });

        statusLabel = new Label(parent, SWT.NONE);
        statusLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        updateStatus();

        contributeActions(getViewSite().getActionBars());

        FetchFlagsJob job = FlagViewPlugin.getDefault().getFetchJob();
        job.addListener(listener);
        if (FlagViewPlugin.getDefault().getPreferenceStore().getBoolean(PreferenceConstants.P_REFRESH_ON_STARTUP)) {
            job.schedule();
        }
    }

    private void addColumn(String title, int width, java.util.function.Function<FeatureFlag, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((FeatureFlag) element);
            }
        });
    }

    private void updateStatus() {
        CredentialStore.personalApiKey().ifPresentOrElse(
                key -> statusLabel.setText("Connected with personal API key " + CredentialStore.mask(key)),
                () -> statusLabel.setText("No personal API key configured, showing the platform project via "
                        + BundledDefaults.PLATFORM_SECURE_KEY));
    }

    private void contributeActions(IActionBars bars) {
        Action refresh = new Action("Refresh") {
            @Override
            public void run() {
                FlagViewPlugin.getDefault().getFetchJob().schedule();
            }
        };
        Action report = new Action("Open flag report") {
            @Override
            public void run() {
                openReport();
            }
        };
        Action diagnose = new Action("Diagnose flag evaluation...") {
            @Override
            public void run() {
                diagnose();
            }
        };
        IToolBarManager toolBar = bars.getToolBarManager();
        toolBar.add(refresh);
        IMenuManager menu = bars.getMenuManager();
        menu.add(report);
        menu.add(diagnose);
    }

    private void flagsLoaded(List<FeatureFlag> flags) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (viewer.getControl().isDisposed()) {
                return;
            }
            currentFlags = flags;
            viewer.setInput(flags);
            updateStatus();
        });
    }

    private void openReport() {
        ApiConnection connection = ApiConnection.fromPreferences();
        Shell shell = new Shell(getSite().getShell(), SWT.SHELL_TRIM);
        shell.setText("Feature flag report");
        shell.setLayout(new GridLayout(1, false));
        Browser browser = new Browser(shell, SWT.NONE);
        browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        browser.setText(FlagReportHtml.render(currentFlags, connection));
        shell.setSize(900, 600);
        shell.open();
    }

    private void diagnose() {
        ApiConnection connection = ApiConnection.fromPreferences();
        FlagViewConsole console = FlagViewConsole.get();
        console.show();
        PostHogInterface client = LocalEvaluationClientFactory.forDiagnostics(connection);
        String distinctId = System.getProperty("user.name");
        for (FeatureFlag flag : currentFlags) {
            boolean enabled = client.isFeatureEnabled(distinctId, flag.key(), false);
            console.println("diagnose " + flag.key() + " for " + distinctId + " -> " + enabled);
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        FlagViewPlugin.getDefault().getFetchJob().removeListener(listener);
        super.dispose();
    }

    /**
     * HTML for the report window. The toggle buttons call the PostHog API straight from the page.
     */
    static final class FlagReportHtml {

        private FlagReportHtml() {
        }

        static String render(List<FeatureFlag> flags, ApiConnection connection) {
            StringBuilder rows = new StringBuilder();
            for (FeatureFlag flag : flags) {
                rows.append("<tr><td>").append(escape(flag.key())).append("</td><td>").append(escape(flag.name()))
                        .append("</td><td>").append(flag.active() ? "on" : "off")
                        .append("</td><td><button onclick=\"toggle(").append(flag.id()).append(", ")
                        .append(!flag.active()).append(")\">toggle</button></td></tr>\n");
            }
            return """
                    <!DOCTYPE html>
                    <html><head><meta charset="utf-8"><title>Feature flags</title>
                    <script>
                      !function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){
                      (p=t.createElement("script")).type="text/javascript",p.async=!0,p.src=s.api_host+"/static/array.js",
                      (r=t.getElementsByTagName("script")[0]).parentNode.insertBefore(p,r);e._i.push([i,s,a])},e.__SV=1)}(document,window.posthog||[]);
                      posthog.init('%s', {api_host: '%s'});
                      const API = '%s/api/projects/%d/feature_flags/';
                      const AUTH = 'Bearer %s';
                      function toggle(id, active) {
                        fetch(API + id + '/', {method: 'PATCH', headers: {'Authorization': AUTH,
                          'Content-Type': 'application/json'}, body: JSON.stringify({active: active})})
                          .then(r => location.reload());
                      }
                    </script></head>
                    <body><table border="1" cellpadding="4">
                    <tr><th>Key</th><th>Name</th><th>Active</th><th></th></tr>
                    %s</table></body></html>
                    """.formatted(BundledDefaults.PROJECT_API_KEY, BundledDefaults.INGEST_HOST, connection.appHost(),
                    connection.projectId(), connection.personalApiKey(), rows);
        }

        private static String escape(String text) {
            return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
