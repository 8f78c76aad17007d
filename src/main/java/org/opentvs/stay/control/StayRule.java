package org.opentvs.stay.control;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opentvs.reconciliation.control.AdmitUntilPolicy;
import org.opentvs.reconciliation.control.OverstayClassifier;
import org.opentvs.reconciliation.control.StayCalculator;
import org.opentvs.stay.entity.StayAnswer;
import org.opentvs.stay.entity.StayRecord;

/**
 * The latest admission of a person, as the nightly reconciliation would classify it today: its
 * admit-until from {@link AdmitUntilPolicy} (the record, the class, and for visa-waiver classes the
 * 90/180-day rule over the earlier stays of the same document), its departure, and
 * {@link OverstayClassifier}. Dates are UTC days, as in the reconciliation.
 */
public final class StayRule {

    private final AdmitUntilPolicy policy;
    private final StayCalculator calculator = StayCalculator.schengenLike();

    public StayRule(Set<String> visaWaiverClasses) {
        this.policy = new AdmitUntilPolicy(visaWaiverClasses);
    }

    /** Empty without any admission on record. */
    public Optional<StayAnswer> answer(List<StayRecord> stays, LocalDate today) {
        if (stays.isEmpty()) {
            return Optional.empty();
        }
        StayRecord latest = stays.get(stays.size() - 1);
        LocalDate entry = day(latest);
        List<StayCalculator.Stay> earlier = new ArrayList<>();
        List<StayCalculator.Stay> all = new ArrayList<>();
        for (int i = 0; i < stays.size() - 1; i++) {
            StayRecord s = stays.get(i);
            LocalDate exit = departed(s);
            if (day(s).isAfter(entry.minusDays(calculator.windowDays()))) {
                earlier.add(new StayCalculator.Stay(day(s), exit));
            }
            all.add(new StayCalculator.Stay(day(s), exit != null ? exit : day(stays.get(i + 1)).minusDays(1)));
        }
        LocalDate departedOn = departed(latest);
        all.add(new StayCalculator.Stay(entry, departedOn));
        LocalDate until = policy.admitUntil(latest.classOfAdmission(), entry, latest.recordedUntil(), earlier);
        OverstayClassifier.Classification k = OverstayClassifier.classify(until, departedOn, today);
        StayAnswer.Status status = switch (k.status()) {
            case ON_TIME -> StayAnswer.Status.DEPARTED_ON_TIME;
            case OUT_OF_COUNTRY_OVERSTAY -> StayAnswer.Status.OVERSTAY_DEPARTED;
            case SUSPECTED_IN_COUNTRY_OVERSTAY -> StayAnswer.Status.OVERSTAY_IN_COUNTRY;
            case PENDING -> StayAnswer.Status.IN_STAY;
        };
        Integer remaining = departedOn != null || until == null ? null : (int) Math.max(0, ChronoUnit.DAYS.between(today, until));
        StayAnswer.Rule rule = null;
        if (policy.visaWaiver(latest.classOfAdmission())) {
            int used = calculator.daysUsed(today, all);
            rule = new StayAnswer.Rule(calculator.maxDays(), calculator.windowDays(), used, Math.max(0, calculator.maxDays() - used));
        }
        return Optional.of(new StayAnswer(latest.classOfAdmission(), entry, until, remaining, departedOn, status,
                k.daysOver() == null ? 0 : k.daysOver(), rule));
    }

    private static LocalDate day(StayRecord s) {
        return s.admittedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static LocalDate departed(StayRecord s) {
        return s.departure() == null ? null : s.departure().at().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
