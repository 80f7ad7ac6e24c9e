package com.northwind.flagconsole.web.pages;

import com.northwind.flagconsole.config.PostHogSettings;
import com.northwind.flagconsole.posthog.FlagDefinition;
import com.northwind.flagconsole.posthog.PostHogApiClient;
import com.northwind.flagconsole.posthog.PostHogApiException;
import com.northwind.flagconsole.web.panels.ApiDiagnosticsPanel;
import com.northwind.flagconsole.web.session.FlagConsoleSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.StringTokenizer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.HiddenField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.PropertyModel;
import org.apache.wicket.spring.injection.annot.SpringBean;

@AuthorizeInstantiation({"ADMIN", "OPERATOR"})
public class FlagListPage extends WebPage {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LogManager.getLogger(FlagListPage.class);

    @SpringBean
    private PostHogApiClient api;

    @SpringBean
    private PostHogSettings settings;

    private final IModel<String> search = Model.of("");

    public FlagListPage() {
        IModel<List<FlagDefinition>> flags = new LoadableDetachableModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected List<FlagDefinition> load() {
                try {
                    return filter(api.listFlags(), search.getObject());
                } catch (PostHogApiException e) {
                    LOG.warn("Could not load flags, PostHog answered {}", e.getStatusCode());
                    return Collections.emptyList();
                }
            }
        };

        add(new Label("projectId", new PropertyModel<>(settings, "projectId")));
        add(new Label("localEvalKey", new PropertyModel<>(settings, "secureKey")));

        Form<Void> searchForm = new Form<>("searchForm");
        searchForm.add(new TextField<>("search", search));
        searchForm.add(new HiddenField<>("oauthToken", Model.of(FlagConsoleSession.get().getPosthogAccessToken())));
        add(searchForm);

        add(new ListView<>("flags", flags) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<FlagDefinition> item) {
                item.add(new Label("key", new PropertyModel<>(item.getModel(), "key")));
                item.add(new Label("name", new PropertyModel<>(item.getModel(), "name")));
                item.add(new Label("rollout", new PropertyModel<>(item.getModel(), "rolloutPercentage")));
            }
        });

        add(new ApiDiagnosticsPanel("diagnostics"));
    }

    private static List<FlagDefinition> filter(List<FlagDefinition> all, String query) {
        if (query == null || query.isBlank()) {
            return all;
        }
        List<String> words = new ArrayList<>();
        StringTokenizer tokenizer = new StringTokenizer(query.toLowerCase(Locale.ROOT), " ,");
        while (tokenizer.hasMoreTokens()) {
            String token = tokenizer.nextToken();
            LOG.trace("search token '{}'", token);
            words.add(token);
        }
        return all.stream()
                .filter(f -> words.stream().allMatch(w -> f.key().toLowerCase(Locale.ROOT).contains(w)))
                .toList();
    }
}
