package com.northwind.flagdesk.ui;

import com.northwind.flagdesk.analytics.AnalyticsService;
import com.northwind.flagdesk.config.CredentialHolder;
import com.northwind.flagdesk.config.FlagDeskSettings;
import com.northwind.flagdesk.config.SettingsStore;
import com.northwind.flagdesk.flags.FlagApiClient;
import com.northwind.flagdesk.flags.FlagApiException;
import com.northwind.flagdesk.flags.FlagDefinition;
import com.northwind.flagdesk.flags.FlagFilter;
import com.northwind.flagdesk.flags.LocalFlagEvaluator;
import com.northwind.flagdesk.session.DeskSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationAdapter;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** The desk's single window: flag table on the left, dashboard and PostHog web tabs on the right. */
public final class MainWindow {

  private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());

  private final Display display;
  private final Shell shell;
  private final FlagDeskSettings settings;
  private final SettingsStore settingsStore;
  private final FlagApiClient api;
  private final LocalFlagEvaluator evaluator;
  private final AnalyticsService analytics;
  private final String operator;

  private Text search;
  private Table table;
  private Label status;
  private Browser dashboard;
  private Browser postHogWeb;
  private List<FlagDefinition> flags = List.of();
  private DeskSession session;

  public MainWindow(
      Display display,
      FlagDeskSettings settings,
      SettingsStore settingsStore,
      FlagApiClient api,
      LocalFlagEvaluator evaluator,
      AnalyticsService analytics,
      String operator) {
    this.display = display;
    this.settings = settings;
    this.settingsStore = settingsStore;
    this.api = api;
    this.evaluator = evaluator;
    this.analytics = analytics;
    this.operator = operator;
    this.shell = new Shell(display);
    shell.setText("Flag Desk");
    shell.setSize(1280, 800);
    shell.setLayout(new GridLayout(1, false));
    createToolbar();
    createContent();
    status = new Label(shell, SWT.NONE);
    status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    status.setText(settings.hasPersonalKey() ? "Ready" : "No personal API key: read-only mode");
  }

  public Shell shell() {
    return shell;
  }

  public DeskSession currentSession() {
    return session;
  }

  public void open() {
    shell.open();
    refresh();
  }

  private void createToolbar() {
    Composite bar = new Composite(shell, SWT.NONE);
    bar.setLayout(new GridLayout(5, false));
    bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

    search = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
    search.setMessage("Filter: checkout active by:alice");
    search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    search.addModifyListener(e -> fillTable());

    Button refresh = new Button(bar, SWT.PUSH);
    refresh.setText("Refresh");
    refresh.addListener(SWT.Selection, e -> refresh());

    Button toggle = new Button(bar, SWT.PUSH);
    toggle.setText("Toggle selected");
    toggle.addListener(SWT.Selection, e -> toggleSelected());

    Button export = new Button(bar, SWT.PUSH);
    export.setText("Export CSV");
    export.addListener(SWT.Selection, e -> openExport());

    Button prefs = new Button(bar, SWT.PUSH);
    prefs.setText("Preferences…");
    prefs.addListener(SWT.Selection, e -> new PreferencesDialog(shell, settingsStore, analytics).open());
  }

  private void createContent() {
    SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
    sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

    table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
    table.setHeaderVisible(true);
    for (String title : new String[] {"Key", "Name", "Active", "Rollout"}) {
      TableColumn column = new TableColumn(table, SWT.LEFT);
      column.setText(title);
      column.setWidth(150);
    }
    table.addListener(SWT.Selection, e -> showSelected());

    TabFolder tabs = new TabFolder(sash, SWT.TOP);
    TabItem dashboardTab = new TabItem(tabs, SWT.NONE);
    dashboardTab.setText("Dashboard");
    dashboard = new Browser(tabs, SWT.NONE);
    dashboardTab.setControl(dashboard);
    dashboard.setText(loadDashboardHtml());
    dashboard.addProgressListener(ProgressListener.completedAdapter(e -> initDashboard()));

    TabItem webTab = new TabItem(tabs, SWT.NONE);
    webTab.setText("PostHog");
    postHogWeb = new Browser(tabs, SWT.NONE);
    webTab.setControl(postHogWeb);
    postHogWeb.setUrl(settings.host() + "/login?next=/project/" + settings.projectId() + "/feature_flags");
    postHogWeb.addLocationListener(
        new LocationAdapter() {
          @Override
          public void changed(LocationEvent event) {
            if (event.location.contains("/project/")) {
              String sessionId = Browser.getCookie("sessionid", settings.host());
              if (sessionId != null) {
                session = new DeskSession(operator, sessionId, Instant.now());
              }
            }
          }
        });
    sash.setWeights(45, 55);
  }

  private void initDashboard() {
    dashboard.execute(
        "posthog.init('" + settings.projectApiKey() + "', {api_host: '" + settings.host() + "'});");
    // the dashboard's charts call /api/projects/{id}/insights directly from the page
    dashboard.execute(
        "window.flagDesk.configure({host: '"
            + settings.host()
            + "', projectId: "
            + settings.projectId()
            + ", personalApiKey: '"
            + CredentialHolder.getPersonalApiKey()
            + "'});");
  }

  private void refresh() {
    try {
      flags = api.listFlags();
      fillTable();
      status.setText(flags.size() + " flags (" + api.credentialType() + ")");
    } catch (FlagApiException e) {
      LOG.warning("Flag refresh failed with HTTP " + e.statusCode());
      MessageDialog.openError(
          shell, "Flag Desk", "PostHog refused the request (HTTP " + e.statusCode() + ").");
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Flag refresh failed", e);
      MessageDialog.openError(shell, "Flag Desk", "Could not reach " + settings.host());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void fillTable() {
    FlagFilter filter = FlagFilter.parse(search.getText());
    table.removeAll();
    for (FlagDefinition flag : flags) {
      if (filter.test(flag)) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(
            new String[] {flag.key(), flag.name(), flag.active() ? "yes" : "no", flag.rolloutLabel()});
        item.setData(flag);
      }
    }
  }

  private void showSelected() {
    FlagDefinition flag = selected();
    if (flag == null) {
      return;
    }
    boolean forMe = evaluator.isEnabled(flag.key(), operator);
    dashboard.execute("window.flagDesk.select('" + flag.key() + "', " + forMe + ");");
    Object shown = dashboard.evaluate("return window.flagDesk.selectedFlag();");
    LOG.finer("Dashboard shows " + shown);
  }

  private void toggleSelected() {
    FlagDefinition flag = selected();
    if (flag == null) {
      return;
    }
    boolean target = !flag.active();
    if (!MessageDialog.openConfirm(
        shell, "Flag Desk", (target ? "Enable" : "Disable") + " flag '" + flag.key() + "'?")) {
      return;
    }
    try {
      api.setActive(flag, target);
      analytics.flagToggled(flag.key(), target);
      refresh();
    } catch (FlagApiException e) {
      LOG.warning("Toggle of " + flag.key() + " failed with HTTP " + e.statusCode());
      MessageDialog.openError(shell, "Flag Desk", "PostHog refused the change.");
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Toggle of " + flag.key() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void openExport() {
    Program.launch(
        settings.host()
            + "/api/projects/"
            + settings.projectId()
            + "/feature_flags/?format=csv&personal_api_key="
            + settings.personalApiKey());
  }

  private FlagDefinition selected() {
    return table.getSelectionCount() == 0 ? null : (FlagDefinition) table.getSelection()[0].getData();
  }

  private static String loadDashboardHtml() {
    try (InputStream in = MainWindow.class.getResourceAsStream("/dashboard/index.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      return "<html><body><p>Dashboard unavailable.</p></body></html>";
    }
  }
}
