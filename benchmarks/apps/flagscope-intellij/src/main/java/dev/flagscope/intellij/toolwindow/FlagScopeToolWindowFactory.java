package dev.flagscope.intellij.toolwindow;

import com.intellij.openapi.project.DumbAware;
import com.intellij.openapi.project.Project;
import com.intellij.openapi.wm.ToolWindow;
import com.intellij.openapi.wm.ToolWindowFactory;
import com.intellij.ui.components.JBLabel;
import com.intellij.ui.content.Content;
import com.intellij.ui.content.ContentFactory;
import com.intellij.ui.jcef.JBCefApp;
import dev.flagscope.intellij.services.FlagCacheService;
import dev.flagscope.intellij.telemetry.PluginTelemetry;
import org.jetbrains.annotations.NotNull;

import javax.swing.SwingConstants;
import java.util.Map;

public final class FlagScopeToolWindowFactory implements ToolWindowFactory, DumbAware {

    @Override
    public void createToolWindowContent(@NotNull Project project, @NotNull ToolWindow toolWindow) {
        ContentFactory contentFactory = ContentFactory.getInstance();
        if (!JBCefApp.isSupported()) {
            JBLabel label = new JBLabel("FlagScope needs an IDE runtime with JCEF support.", SwingConstants.CENTER);
            toolWindow.getContentManager().addContent(contentFactory.createContent(label, "", false));
            return;
        }
        FlagBrowserPanel panel = new FlagBrowserPanel(project);
        Content content = contentFactory.createContent(panel.getComponent(), "Flags", false);
        content.setDisposer(panel);
        toolWindow.getContentManager().addContent(content);

        FlagCacheService.getInstance(project).addListener(panel::showFlags, panel);
        PluginTelemetry.getInstance().track("toolwindow_opened", Map.of("jcef", true));
    }
}
