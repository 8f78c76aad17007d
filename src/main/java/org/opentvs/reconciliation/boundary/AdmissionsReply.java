package org.opentvs.reconciliation.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.opentvs.reconciliation.entity.Admission;

/** What the arrival feed is told: how many admissions it sent, how many were new, and their ids. */
@JsonbPropertyOrder({"received", "stored", "duplicates", "ids"})
public record AdmissionsReply(int received, int stored, int duplicates, List<String> ids) {

    static AdmissionsReply of(List<Admission> admissions, int stored) {
        return new AdmissionsReply(admissions.size(), stored, admissions.size() - stored,
                admissions.stream().map(a -> a.id().toString()).toList());
    }
}
