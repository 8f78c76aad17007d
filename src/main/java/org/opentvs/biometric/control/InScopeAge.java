package org.opentvs.biometric.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The age range in which biometric exit applies (CONOPS footnote 1: 14–79; a 2025 rule dropped the
 * limits, so it is configuration). An unknown date of birth counts as in range.
 */
@ApplicationScoped
public class InScopeAge {

    @Inject
    @ConfigProperty(name = "opentvs.age.min", defaultValue = "14")
    int minimumAge;

    @Inject
    @ConfigProperty(name = "opentvs.age.max", defaultValue = "79")
    int maximumAge;

    public static InScopeAge of(int minimumAge, int maximumAge) {
        InScopeAge range = new InScopeAge();
        range.minimumAge = minimumAge;
        range.maximumAge = maximumAge;
        return range;
    }

    public boolean covers(LocalDate dateOfBirth, LocalDate onDay) {
        if (dateOfBirth == null || onDay == null) {
            return true;
        }
        int age = Period.between(dateOfBirth, onDay).getYears();
        return age >= minimumAge && age <= maximumAge;
    }
}
