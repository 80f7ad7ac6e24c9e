package dev.flagscope.intellij.actions;

import com.intellij.ide.BrowserUtil;
import com.intellij.openapi.actionSystem.ActionUpdateThread;
import com.intellij.openapi.actionSystem.AnAction;
import com.intellij.openapi.actionSystem.AnActionEvent;
import com.intellij.openapi.actionSystem.CommonDataKeys;
import com.intellij.openapi.editor.Editor;
import com.intellij.openapi.project.Project;
import com.intellij.openapi.util.text.StringUtil;
import dev.flagscope.intellij.api.ApiEndpoints;
import dev.flagscope.intellij.api.ConnectionInfo;
import dev.flagscope.intellij.api.FeatureFlag;
import dev.flagscope.intellij.services.FlagCacheService;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Opens the flag whose key is selected in the editor (e.g. {@code "new-checkout"}) as raw JSON in
 * the default browser, which is handy to see release conditions that the tool window hides.
 */
public final class OpenFlagInBrowserAction extends AnAction {

    @Override
    public void actionPerformed(@NotNull AnActionEvent e) {
        Project project = e.getProject();
        String flagKey = selectedFlagKey(e.getData(CommonDataKeys.EDITOR));
        if (project == null || flagKey == null) {
            return;
        }
        FeatureFlag flag = FlagCacheService.getInstance(project).findByKey(flagKey);
        if (flag == null) {
            return;
        }
        ConnectionInfo connection = ConnectionInfo.fromSettings();
        String url = ApiEndpoints.featureFlag(connection.host(), connection.projectId(), flag.id())
                + "?format=json&" + ApiEndpoints.PERSONAL_KEY_QUERY_PARAM + "=" + connection.personalApiKey();
        BrowserUtil.browse(url);
    }

    @Override
    public void update(@NotNull AnActionEvent e) {
        e.getPresentation().setEnabledAndVisible(selectedFlagKey(e.getData(CommonDataKeys.EDITOR)) != null);
    }

    @Override
    public @NotNull ActionUpdateThread getActionUpdateThread() {
        return ActionUpdateThread.BGT;
    }

    private static @Nullable String selectedFlagKey(@Nullable Editor editor) {
        if (editor == null) {
            return null;
        }
        String selected = editor.getSelectionModel().getSelectedText();
        if (selected == null) {
            return null;
        }
        String key = StringUtil.unquoteString(selected.trim());
        return key.isEmpty() || key.contains(" ") ? null : key;
    }
}
