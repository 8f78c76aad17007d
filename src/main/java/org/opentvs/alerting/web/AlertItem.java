package org.opentvs.alerting.web;

import jakarta.json.JsonObject;
import java.io.Serializable;
import org.opentvs.alerting.entity.AlertReply;
import org.opentvs.alerting.entity.AlertRow;

/** One alert row of the officers' page, as a bean for the page's expressions. */
public class AlertItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final long seq;
    private final String kind;
    private final String status;
    private final String place;
    private final String flight;
    private final String raisedAt;
    private final String category;
    private final String why;
    private final String travelerId;

    public AlertItem(AlertRow row) {
        this.id = row.id().toString();
        this.seq = row.seq();
        this.kind = row.kind();
        this.status = row.status();
        this.place = row.place();
        this.flight = row.flight();
        this.raisedAt = row.raisedAt().toString().replace('T', ' ').replaceFirst("\\.\\d+Z$", "Z");
        this.category = row.category() == null ? "" : row.category();
        this.why = why(AlertReply.of(row).why());
        this.travelerId = row.travelerId() == null ? null : row.travelerId().toString();
    }

    private static String why(AlertReply.Why why) {
        StringBuilder s = new StringBuilder();
        if (why.biometricScore() != null) {
            s.append("face ").append(why.biometricScore());
        }
        if (why.watchlistFaceScore() != null) {
            s.append(s.length() == 0 ? "" : "; ").append("listed face ").append(why.watchlistFaceScore());
        }
        if (why.biographic() != null) {
            JsonObject b = why.biographic();
            s.append(s.length() == 0 ? "" : "; ").append(b.containsKey("lawfulArrival")
                    ? "no lawful arrival on record"
                    : "name " + b.get("name") + ", birth date " + b.getString("dateOfBirth", "?") + ", nationality "
                            + b.getString("nationality", "?") + ", document " + b.getString("document", "?"));
        }
        return s.toString();
    }

    public String getId() { return id; }
    public long getSeq() { return seq; }
    public String getKind() { return kind; }
    public String getStatus() { return status; }
    public String getPlace() { return place; }
    public String getFlight() { return flight; }
    public String getRaisedAt() { return raisedAt; }
    public String getCategory() { return category; }
    public String getWhy() { return why; }
    public String getTravelerId() { return travelerId; }
    public boolean isOpen() { return "OPEN".equals(status); }
    public boolean isResolved() { return "RESOLVED".equals(status); }
}
