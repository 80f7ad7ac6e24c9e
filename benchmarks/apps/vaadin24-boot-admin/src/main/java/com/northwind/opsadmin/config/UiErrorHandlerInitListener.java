package com.northwind.opsadmin.config;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Installs a session-wide error handler: log the failure, show a generic toast.
 */
@Component
public class UiErrorHandlerInitListener implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandlerInitListener.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit ->
                sessionInit.getSession().setErrorHandler(errorEvent -> {
                    Throwable failure = errorEvent.getThrowable();
                    log.error("Unhandled error in UI: {}", failure.getMessage(), failure);
                    if (com.vaadin.flow.component.UI.getCurrent() != null) {
                        Notification n = Notification.show("Something went wrong. The incident has been logged.");
                        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                }));
    }
}
