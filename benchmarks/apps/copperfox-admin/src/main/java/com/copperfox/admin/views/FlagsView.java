package com.copperfox.admin.views;

import com.copperfox.admin.service.FlagRow;
import com.copperfox.admin.service.PostHogAdminService;
import com.copperfox.admin.service.PostHogConnectionException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Locale;
import lombok.extern.slf4j.Slf4j;

@Slf4j
@PageTitle("Feature flags")
@Route(value = "", layout = MainLayout.class)
public class FlagsView extends VerticalLayout {

  private final Grid<FlagRow> grid = new Grid<>(FlagRow.class, false);
  private final TextField filter = new TextField();
  private List<FlagRow> rows = List.of();

  public FlagsView(PostHogAdminService service) {
    filter.setPlaceholder("Filter by key…");
    filter.setValueChangeMode(ValueChangeMode.LAZY);
    filter.addValueChangeListener(e -> applyFilter(e.getValue()));

    grid.addColumn(FlagRow::key).setHeader("Key").setSortable(true);
    grid.addColumn(FlagRow::name).setHeader("Name");
    grid.addColumn(r -> r.active() ? "on" : "off").setHeader("Active");
    grid.addColumn(r -> r.rolloutPercentage() + " %").setHeader("Rollout");

    try {
      rows = service.listFlags();
      grid.setItems(rows);
    } catch (PostHogConnectionException e) {
      log.warn("could not load flags for {}", service.connectionSummary());
      Notification n = Notification.show(e.getMessage(), 8000, Notification.Position.TOP_CENTER);
      n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
    add(filter, grid);
  }

  private void applyFilter(String text) {
    String needle = text == null ? "" : text.toLowerCase(Locale.ROOT);
    grid.setItems(rows.stream().filter(r -> r.key().toLowerCase(Locale.ROOT).contains(needle)).toList());
  }
}
