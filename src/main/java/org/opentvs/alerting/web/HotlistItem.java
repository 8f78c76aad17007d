package org.opentvs.alerting.web;

import java.io.Serializable;
import org.opentvs.alerting.control.HotlistView;

/** One hotlist entry on the analysts' page, as a bean for the page's expressions. */
public class HotlistItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String kind;
    private final String status;
    private final String category;
    private final boolean highPriority;
    private final String person;
    private final String flight;
    private final String basis;
    private final String agreement;
    private String reason = "";

    public HotlistItem(HotlistView h) {
        this.id = h.id();
        this.kind = h.kind();
        this.status = h.status();
        this.category = h.category();
        this.highPriority = h.highPriority();
        this.person = text(h.familyName()) + ", " + text(h.givenNames()) + " (" + text(h.dateOfBirth()) + ", " + text(h.nationality())
                + ")";
        this.flight = h.carrier() == null
                ? "land port"
                : text(h.carrier()) + text(h.flightNumber()) + " " + text(h.flightDate()) + " from " + text(h.departureAirport());
        this.basis = text(h.basis()) + (h.biometricScore() == null ? "" : ", face " + h.biometricScore())
                + (h.nameScore() == null ? "" : ", name " + h.nameScore());
        this.agreement = h.biographicAgreement() == null ? "" : h.biographicAgreement().toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public String getId() { return id; }
    public String getKind() { return kind; }
    public String getStatus() { return status; }
    public String getCategory() { return category; }
    public boolean isHighPriority() { return highPriority; }
    public String getPerson() { return person; }
    public String getFlight() { return flight; }
    public String getBasis() { return basis; }
    public String getAgreement() { return agreement; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
