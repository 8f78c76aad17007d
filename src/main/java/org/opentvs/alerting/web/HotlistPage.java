package org.opentvs.alerting.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.opentvs.alerting.boundary.HotlistReview;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.boundary.CurrentCaller;

/** The PAU analysts' page: pending hits, high priority first, each validated or dismissed with a reason. */
@Named
@ViewScoped
public class HotlistPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ROWS = 300;

    @Inject
    HotlistReview review;

    @Inject
    CurrentCaller caller;

    private List<HotlistItem> entries;

    public List<HotlistItem> getEntries() {
        if (entries == null) {
            refresh();
        }
        return entries;
    }

    public void refresh() {
        entries = review.list("PENDING", ROWS, caller.get()).stream().map(HotlistItem::new).toList();
    }

    public void validate(HotlistItem item) {
        decide(item, true);
    }

    public void dismiss(HotlistItem item) {
        decide(item, false);
    }

    private void decide(HotlistItem item, boolean validate) {
        try {
            review.decide(UUID.fromString(item.getId()), validate, item.getReason(), caller.get());
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage((validate ? "Validated: " : "Dismissed: ") + item.getPerson()));
            refresh();
        } catch (ApiException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
    }
}
