package dev.flagscope.intellij.settings;

import com.intellij.openapi.ui.ComboBox;
import com.intellij.ui.components.JBCheckBox;
import com.intellij.ui.components.JBLabel;
import com.intellij.ui.components.JBPasswordField;
import com.intellij.ui.components.JBTextField;
import com.intellij.util.ui.FormBuilder;
import com.intellij.util.ui.UIUtil;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

final class FlagScopeSettingsPanel {

    static final String[] HOSTS = {"https://us.posthog.com", "https://eu.posthog.com"};

    private final ComboBox<String> hostField = new ComboBox<>(HOSTS);
    private final JBTextField projectIdField = new JBTextField();
    private final JBTextField projectApiKeyField = new JBTextField();
    private final JPasswordField personalKeyField = new JBPasswordField();
    private final JBCheckBox localEvaluationBox = new JBCheckBox("Evaluate flags locally (polls flag definitions)");
    private final JSpinner pollIntervalSpinner = new JSpinner(new SpinnerNumberModel(60, 15, 3600, 15));
    private final JBCheckBox usageStatisticsBox = new JBCheckBox("Send anonymous usage statistics to FlagScope");
    private final JButton testButton = new JButton("Test Connection");
    private final JBLabel testResult = new JBLabel();
    private final JPanel root;

    FlagScopeSettingsPanel() {
        hostField.setEditable(true);
        projectApiKeyField.getEmptyText().setText("phc_...");
        testResult.setComponentStyle(UIUtil.ComponentStyle.SMALL);
        root = FormBuilder.createFormBuilder()
                .addLabeledComponent("PostHog host:", hostField)
                .addLabeledComponent("Project ID:", projectIdField)
                .addLabeledComponent("Project API key:", projectApiKeyField)
                .addLabeledComponent("Personal API key:", personalKeyField)
                .addComponentToRightColumn(new JBLabel("Needs the feature_flag:read scope. Stored in the IDE password safe.",
                        UIUtil.ComponentStyle.SMALL, UIUtil.FontColor.BRIGHTER))
                .addComponent(localEvaluationBox)
                .addLabeledComponent("Poll interval (s):", pollIntervalSpinner)
                .addComponent(usageStatisticsBox)
                .addComponent(testButton)
                .addComponent(testResult)
                .addComponentFillVertically(new JPanel(), 0)
                .getPanel();
    }

    JComponent getComponent() {
        return root;
    }

    JComponent getPreferredFocus() {
        return personalKeyField;
    }

    String getHost() {
        Object item = hostField.getEditor().getItem();
        return item == null ? "" : item.toString().trim();
    }

    void setHost(String host) {
        hostField.setSelectedItem(host);
    }

    String getProjectId() {
        return projectIdField.getText().trim();
    }

    void setProjectId(String projectId) {
        projectIdField.setText(projectId);
    }

    String getProjectApiKey() {
        return projectApiKeyField.getText().trim();
    }

    void setProjectApiKey(String key) {
        projectApiKeyField.setText(key);
    }

    JPasswordField getPersonalKeyField() {
        return personalKeyField;
    }

    boolean isLocalEvaluation() {
        return localEvaluationBox.isSelected();
    }

    void setLocalEvaluation(boolean value) {
        localEvaluationBox.setSelected(value);
    }

    int getPollInterval() {
        return (Integer) pollIntervalSpinner.getValue();
    }

    void setPollInterval(int seconds) {
        pollIntervalSpinner.setValue(seconds);
    }

    boolean isShareUsageStatistics() {
        return usageStatisticsBox.isSelected();
    }

    void setShareUsageStatistics(boolean value) {
        usageStatisticsBox.setSelected(value);
    }

    JButton getTestButton() {
        return testButton;
    }

    void setTestResult(String text) {
        testResult.setText(text);
    }
}
