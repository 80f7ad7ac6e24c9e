package dev.flagscope.intellij.toolwindow;

import com.google.gson.Gson;
import com.intellij.openapi.Disposable;
import com.intellij.openapi.diagnostic.Logger;
import com.intellij.openapi.project.Project;
import com.intellij.openapi.util.Disposer;
import com.intellij.ui.JBColor;
import com.intellij.ui.jcef.JBCefBrowser;
import com.intellij.ui.jcef.JBCefBrowserBase;
import com.intellij.ui.jcef.JBCefJSQuery;
import dev.flagscope.intellij.api.ApiEndpoints;
import dev.flagscope.intellij.api.ConnectionInfo;
import dev.flagscope.intellij.api.FeatureFlag;
import dev.flagscope.intellij.services.FlagCacheService;
import dev.flagscope.intellij.settings.FlagScopeCredentials;
import dev.flagscope.intellij.settings.FlagScopeSettings;
import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.handler.CefLoadHandlerAdapter;
import org.jetbrains.annotations.NotNull;

import javax.swing.JComponent;
import java.util.List;

/**
 * JCEF-based flag list. The web UI lives in src/main/resources/web; this class wires it to the
 * IDE: it pushes the initial state, answers the page's requests and forwards navigation.
 */
public final class FlagBrowserPanel implements Disposable {

    private static final Logger LOG = Logger.getInstance(FlagBrowserPanel.class);
    private static final Gson GSON = new Gson();

    private final Project project;
    private final JBCefBrowser browser;
    private final JBCefJSQuery authQuery;
    private final JBCefJSQuery openFlagQuery;

    public FlagBrowserPanel(@NotNull Project project) {
        this.project = project;
        this.browser = JBCefBrowser.createBuilder().setEnableOpenDevToolsMenuItem(true).build();
        this.authQuery = JBCefJSQuery.create((JBCefBrowserBase) browser);
        this.openFlagQuery = JBCefJSQuery.create((JBCefBrowserBase) browser);
        Disposer.register(this, browser);
        Disposer.register(this, authQuery);
        Disposer.register(this, openFlagQuery);

        authQuery.addHandler(request -> {
            if (!"authorization".equals(request)) {
                return new JBCefJSQuery.Response(null, 400, "unsupported request " + request);
            }
            String personalKey = FlagScopeCredentials.getInstance().getPersonalApiKey();
            if (personalKey == null) {
                return new JBCefJSQuery.Response(null, 401, "No PostHog key configured");
            }
            return new JBCefJSQuery.Response(ApiEndpoints.BEARER_PREFIX + personalKey);
        });

        openFlagQuery.addHandler(flagId -> {
            showRawJson(Long.parseLong(flagId));
            return null;
        });

        browser.getJBCefClient().addLoadHandler(new CefLoadHandlerAdapter() {
            @Override
            public void onLoadEnd(CefBrowser cefBrowser, CefFrame frame, int httpStatusCode) {
                if (frame.isMain()) {
                    bootstrap();
                }
            }
        }, browser.getCefBrowser());

        browser.loadHTML(FlagHtmlRenderer.render(!JBColor.isBright()));
    }

    public JComponent getComponent() {
        return browser.getComponent();
    }

    private void bootstrap() {
        ConnectionInfo connection = ConnectionInfo.fromSettings();
        if (!connection.isComplete()) {
            execute("window.FlagScope.showSetupHint();");
            return;
        }
        PanelBootstrap state = PanelBootstrap.from(connection, FlagScopeSettings.getInstance(), !JBColor.isBright());
        String script = "window.FlagScope.requestAuthorization = function(onOk, onErr) {"
                + authQuery.inject("'authorization'", "onOk", "onErr") + "};"
                + "window.FlagScope.openFlag = function(id) {" + openFlagQuery.inject("String(id)") + "};"
                + "window.FlagScope.boot(" + GSON.toJson(state) + ");";
        CefBrowser cef = browser.getCefBrowser();
        cef.executeJavaScript(script, cef.getURL(), 0);
        FlagCacheService.getInstance(project).refreshAsync();
    }

    public void showFlags(@NotNull List<FeatureFlag> flags) {
        execute("window.FlagScope.render(" + GSON.toJson(flags) + ");");
    }

    private void showRawJson(long flagId) {
        ConnectionInfo connection = ConnectionInfo.fromSettings();
        String url = ApiEndpoints.featureFlag(connection.host(), connection.projectId(), flagId)
                + "?" + ApiEndpoints.PERSONAL_KEY_QUERY_PARAM + "=" + connection.personalApiKey();
        LOG.debug("Opening raw JSON for flag " + flagId);
        browser.loadURL(url);
    }

    private void execute(String script) {
        CefBrowser cef = browser.getCefBrowser();
        cef.executeJavaScript(script, cef.getURL(), 0);
    }

    @Override
    public void dispose() {
    }
}
