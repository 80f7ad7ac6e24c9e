package com.acme.flags.client;

import com.google.gwt.core.client.EntryPoint;
import com.google.gwt.user.client.Window;
import com.google.gwt.user.client.ui.Label;
import com.google.gwt.user.client.ui.RootPanel;

/** GWT client code is compiled to the JavaScript every browser loads: any use of a personal key gives it away. */
public class GwtClient implements EntryPoint {
  private static final String FLAGS_KEY = "phx_" + "rRpW0WxOe7tVpzdETNgI7YYi9t11vwusB3WT8DEKNp9"; // Noncompliant
  private static final String PROJECT_KEY = "phc_" + "rRpW0WxOe7tVpzdETNgI7YYi9t11vwusB3WT8DEKNp9";

  @Override
  public void onModuleLoad() {
    RootPanel.get().add(new Label("key " + FLAGS_KEY)); // Noncompliant
    Window.alert(FLAGS_KEY); // Noncompliant
    RootPanel.get().add(new Label(PROJECT_KEY));
    Window.alert(String.valueOf(FLAGS_KEY.isEmpty()));
    Window.setTitle("phx_..." + FLAGS_KEY.substring(FLAGS_KEY.length() - 4));
  }
}
