package org.opentvs.alerting.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.opentvs.alerting.boundary.AlertHandling;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.boundary.CurrentCaller;

/** The officers' alert page: the alerts of their ports, newest first, refreshed live from the alert stream. */
@Named
@ViewScoped
public class AlertsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ROWS = 200;

    @Inject
    AlertHandling handling;

    @Inject
    CurrentCaller caller;

    private List<AlertItem> alerts;
    private boolean openOnly = true;

    public List<AlertItem> getAlerts() {
        if (alerts == null) {
            refresh();
        }
        return alerts;
    }

    public void refresh() {
        alerts = handling.list(caller.get(), null, null, ROWS).stream().map(AlertItem::new)
                .filter(a -> !openOnly || !a.isResolved()).toList();
    }

    public long getLastSeq() {
        return getAlerts().stream().mapToLong(AlertItem::getSeq).max().orElse(0);
    }

    public void acknowledge(String id) {
        act(() -> handling.acknowledge(UUID.fromString(id), caller.get()), "Acknowledged");
    }

    public void resolve(String id) {
        act(() -> handling.resolve(UUID.fromString(id), caller.get(), "resolved in the portal"), "Resolved");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(done));
        } catch (ApiException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        refresh();
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }
}
