package io.northwind.flagconsole.client;

import com.google.gwt.core.client.GWT;
import com.google.gwt.event.dom.client.KeyUpEvent;
import com.google.gwt.uibinder.client.UiBinder;
import com.google.gwt.uibinder.client.UiField;
import com.google.gwt.uibinder.client.UiHandler;
import com.google.gwt.user.client.ui.Composite;
import com.google.gwt.user.client.ui.FlowPanel;
import com.google.gwt.user.client.ui.Label;
import com.google.gwt.user.client.ui.TextBox;
import com.google.gwt.user.client.ui.Widget;
import io.northwind.flagconsole.shared.FlagAdminServiceAsync;
import java.util.ArrayList;
import java.util.List;

/** Flag list with a filter box and the settings summary. */
public class FlagDashboard extends Composite {

    interface Binder extends UiBinder<Widget, FlagDashboard> {
    }

    private static final Binder BINDER = GWT.create(Binder.class);

    @UiField Label userLabel;
    @UiField Label projectKeyLabel;
    @UiField Label keyHintLabel;
    @UiField TextBox filterBox;
    @UiField FlowPanel flagList;

    private final FlagAdminServiceAsync service;
    private List<String> allFlags = new ArrayList<>();

    public FlagDashboard(FlagAdminServiceAsync service) {
        this.service = service;
        initWidget(BINDER.createAndBindUi(this));
    }

    void setUser(String email) {
        userLabel.setText(email);
    }

    void setProjectKey(String projectApiKey) {
        projectKeyLabel.setText(projectApiKey);
    }

    void showKeyHint(String maskedPersonalKey, boolean configured) {
        keyHintLabel.setText(configured ? "Server key " + maskedPersonalKey : "No server key configured");
    }

    void showFlags(List<String> flagKeys) {
        allFlags = flagKeys;
        render(allFlags);
    }

    @UiHandler("filterBox")
    void onFilter(KeyUpEvent event) {
        FlagFilterLexer lexer = new FlagFilterLexer(filterBox.getValue());
        List<String> visible = new ArrayList<>();
        for (String flag : allFlags) {
            if (lexer.matches(flag)) {
                visible.add(flag);
            }
        }
        render(visible);
    }

    private void render(List<String> flags) {
        flagList.clear();
        for (String flag : flags) {
            flagList.add(new Label(flag));
        }
    }
}
