package org.opentvs.alerting.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;

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

    public HotlistItem(JsonObject h) {
        this.id = h.getString("id");
        this.kind = h.getString("kind");
        this.status = h.getString("status");
        this.category = h.getString("category");
        this.highPriority = h.getBoolean("highPriority");
        this.person = text(h, "familyName") + ", " + text(h, "givenNames") + " (" + text(h, "dateOfBirth") + ", " + text(h, "nationality")
                + ")";
        this.flight = h.isNull("carrier")
                ? "land port"
                : text(h, "carrier") + text(h, "flightNumber") + " " + text(h, "flightDate")
                        + " from " + text(h, "departureAirport");
        this.basis = text(h, "basis") + (h.isNull("biometricScore") ? "" : ", face " + h.get("biometricScore"))
                + (h.isNull("nameScore") ? "" : ", name " + h.get("nameScore"));
        this.agreement = h.isNull("biographicAgreement") ? "" : h.getJsonObject("biographicAgreement").toString();
    }

    private static String text(JsonObject h, String field) {
        JsonValue v = h.get(field);
        return v == null || v == JsonValue.NULL ? "" : h.getString(field);
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
