package dev.flagscope.intellij.actions;

import com.intellij.openapi.actionSystem.ActionUpdateThread;
import com.intellij.openapi.actionSystem.AnAction;
import com.intellij.openapi.actionSystem.AnActionEvent;
import com.intellij.openapi.project.Project;
import dev.flagscope.intellij.notifications.FlagScopeNotifier;
import dev.flagscope.intellij.services.FlagCacheService;
import dev.flagscope.intellij.settings.FlagScopeCredentials;
import org.jetbrains.annotations.NotNull;

public final class RefreshFlagsAction extends AnAction {

    @Override
    public void actionPerformed(@NotNull AnActionEvent e) {
        Project project = e.getProject();
        if (project == null) {
            return;
        }
        if (!FlagScopeCredentials.getInstance().hasPersonalApiKey()) {
            FlagScopeNotifier.missingConfiguration(project);
            return;
        }
        FlagCacheService.getInstance(project).refreshAsync();
    }

    @Override
    public void update(@NotNull AnActionEvent e) {
        e.getPresentation().setEnabled(e.getProject() != null);
    }

    @Override
    public @NotNull ActionUpdateThread getActionUpdateThread() {
        return ActionUpdateThread.BGT;
    }
}
