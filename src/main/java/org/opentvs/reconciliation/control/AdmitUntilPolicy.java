package org.opentvs.reconciliation.control;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The date an admission ends: the admission record's admit-until, else the class of admission's
 * usual period (B1/B2 six months, C1 29 days, D 29 days); for visa-waiver-like classes also no later
 * than the 90/180-day rule allows. Duration-of-status classes (F1, J1, M1 …) have none.
 */
public final class AdmitUntilPolicy {

    private final Set<String> visaWaiverClasses;
    private final StayCalculator calculator = StayCalculator.schengenLike();

    public AdmitUntilPolicy(Set<String> visaWaiverClasses) {
        this.visaWaiverClasses = visaWaiverClasses;
    }

    /** The classes under the 90/180-day rule, {@code opentvs.reconciliation.visa-waiver-classes} (default WT,WB). */
    public static Set<String> configuredVisaWaiverClasses() {
        String classes = ConfigProvider.getConfig().getOptionalValue("opentvs.reconciliation.visa-waiver-classes", String.class)
                .orElse("WT,WB");
        Set<String> set = new HashSet<>();
        for (String s : classes.split(",")) {
            if (!s.isBlank()) {
                set.add(s.trim().toUpperCase());
            }
        }
        return Set.copyOf(set);
    }

    public boolean visaWaiver(String classOfAdmission) {
        return visaWaiverClasses.contains(classOfAdmission);
    }

    public LocalDate admitUntil(String classOfAdmission, LocalDate admitted, LocalDate recorded, List<StayCalculator.Stay> earlier) {
        LocalDate until = recorded != null ? recorded : byClass(classOfAdmission, admitted);
        if (visaWaiver(classOfAdmission)) {
            LocalDate rule = calculator.lastPermittedDay(admitted, earlier);
            until = until == null || rule.isBefore(until) ? rule : until;
        }
        return until;
    }

    static LocalDate byClass(String classOfAdmission, LocalDate admitted) {
        return switch (classOfAdmission) {
            case "B1", "B2", "B1B2" -> admitted.plusMonths(6);
            case "C1", "D", "D1" -> admitted.plusDays(29);
            default -> null;
        };
    }
}
